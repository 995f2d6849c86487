// Package version reports the build of the sptn binary. Commit and Date are set at link time by
// the Makefile (-ldflags "-X ..."); the module version comes from the Go build info.
package version

import (
	"fmt"
	"runtime"
	"runtime/debug"
)

// Set by the linker.
var (
	Version = "0.1.0-dev"
	Commit  = ""
	Date    = ""
)

// String is the one-line version that `sptn version` prints.
func String() string {
	commit := Commit
	if commit == "" {
		commit = vcsRevision()
	}
	if commit == "" {
		commit = "unknown"
	}
	s := fmt.Sprintf("sptn %s (commit %s", Version, commit)
	if Date != "" {
		s += ", built " + Date
	}
	return s + fmt.Sprintf(", %s %s/%s)", runtime.Version(), runtime.GOOS, runtime.GOARCH)
}

func vcsRevision() string {
	info, ok := debug.ReadBuildInfo()
	if !ok {
		return ""
	}
	rev, dirty := "", false
	for _, s := range info.Settings {
		switch s.Key {
		case "vcs.revision":
			rev = s.Value
		case "vcs.modified":
			dirty = s.Value == "true"
		}
	}
	if len(rev) > 12 {
		rev = rev[:12]
	}
	if rev != "" && dirty {
		rev += "-dirty"
	}
	return rev
}
