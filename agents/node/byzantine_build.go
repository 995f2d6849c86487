//go:build byzantine

package node

import "os"

// Byzantine is true: this build carries the byzantine committee member (byzantine.go), for the
// byzantine scenarios only. It misbehaves when SPTN_BYZANTINE is set. Never ship it.
const Byzantine = true

// A byzantine member sends its seals whether execution takes them or not: the scenarios show
// that the honest members refuse what it sends.
func init() {
	if os.Getenv("SPTN_BYZANTINE") != "" {
		checkOwnSeals = false
	}
}
