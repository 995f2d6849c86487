//go:build !sptn_broken

package testbreak

// Enabled is false: this build has no guard that can be switched off.
const Enabled = false

// On is always false in a build without the sptn_broken tag.
func On(string) bool { return false }
