//go:build byzantine

package node

// Byzantine is true: this build carries the byzantine committee member (byzantine.go), for the
// byzantine scenarios only. It misbehaves when SPTN_BYZANTINE is set. Never ship it.
const Byzantine = true
