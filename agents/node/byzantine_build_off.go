//go:build !byzantine

package node

// Byzantine is false: this build has no byzantine behaviour (byzantine.go is left out).
const Byzantine = false
