//go:build race

package kzgworker

const raceOn = true
