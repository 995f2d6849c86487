// Command sptn is the SPTN toolkit: the node, prover and watcher agents, the devnet, the slashing
// simulator and key management, as subcommands of one binary.
package main

import (
	"context"
	"errors"
	"fmt"
	"os"
	"os/signal"
	"syscall"

	"github.com/sptn/sptn/agents/internal/testbreak"
	"github.com/sptn/sptn/agents/node"
)

// exitCoder is an error that carries the process exit code (2 for bad usage or bad config).
type exitCoder interface{ ExitCode() int }

func main() {
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	defer stop()
	if testbreak.Enabled {
		fmt.Fprintln(os.Stderr, "sptn: THIS IS A DELIBERATELY BROKEN TEST BUILD (-tags sptn_broken): it exists for scenarios' negative runs; never run it for real")
	}
	if node.Byzantine {
		fmt.Fprintln(os.Stderr, "sptn: THIS IS A DELIBERATELY BYZANTINE TEST BUILD (-tags byzantine): its node misbehaves when SPTN_BYZANTINE is set; it exists for the byzantine scenarios; never run it for real")
	}
	err := newRootCmd().ExecuteContext(ctx)
	if err == nil {
		return
	}
	fmt.Fprintf(os.Stderr, "sptn: %v\n", err)
	var ec exitCoder
	if errors.As(err, &ec) {
		os.Exit(ec.ExitCode())
	}
	os.Exit(1)
}
