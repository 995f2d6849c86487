//go:build sptn_broken

package testbreak

import (
	"os"
	"strings"
	"sync"
	"time"
)

// Enabled is true: this is a deliberately broken build for negative test runs. Never ship it.
const Enabled = true

var (
	mu     sync.Mutex
	readAt time.Time
	active map[string]bool
)

// refresh is how long a reading of the switch file is trusted.
const refresh = 200 * time.Millisecond

// On reports whether guard is switched off (broken) now. An unknown guard is a programming error.
func On(guard string) bool {
	if !Known(guard) {
		panic("testbreak: unknown guard " + guard)
	}
	mu.Lock()
	defer mu.Unlock()
	if active == nil || time.Since(readAt) > refresh {
		active, readAt = read(), time.Now()
	}
	return active[guard]
}

// read collects the broken guards from the environment and the switch file.
func read() map[string]bool {
	out := map[string]bool{}
	list := os.Getenv(EnvGuards)
	if f := os.Getenv(EnvFile); f != "" {
		if raw, err := os.ReadFile(f); err == nil {
			list += "," + string(raw)
		}
	}
	for _, g := range strings.FieldsFunc(list, func(r rune) bool { return r == ',' || r == ' ' || r == '\n' || r == '\t' }) {
		out[g] = true
	}
	return out
}
