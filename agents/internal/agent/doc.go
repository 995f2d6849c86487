// Package agent assembles what the node, prover and watcher share from a config.Base: the
// logger, the embedded store, the key, the L1 client, the deployments, the transaction
// manager, the balance monitor, the L1 clock follower and the metrics and health server, each
// an initX step for package lifecycle, stopped in reverse.
//
// An agent embeds config.Base in its config, builds a Runtime, and runs the runtime's steps
// followed by its own:
//
//	rt := agent.New("prover", &cfg.Base, log)
//	err := lifecycle.Run(ctx, log, cfg.ShutdownTimeout, append(rt.Steps(), p.initDriver)...)
//
// Its own steps read rt.L1, rt.TxMgr, rt.Signer, rt.Deployments and rt.Metrics, and add their
// readiness checks (synced, say) with rt.AddReadyCheck before the server starts answering.
package agent
