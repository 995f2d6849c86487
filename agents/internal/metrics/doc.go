// Package metrics gives each agent its own Prometheus registry (never the global default one:
// CometBFT and several agents may share a process) with the standard SPTN metrics, and the
// HTTP server that serves /metrics, /livez and /readyz.
//
// The packages that record metrics (l1, txmgr, balance) declare the small interface they need;
// *Registry implements all of them, and Noop implements them with no effect for unit tests.
//
// Standard metrics (namespace sptn, constant label agent):
//
//	sptn_chain_tip{chain="pending|assured|proven|finalized"}  L2 block number of each tip as the agent sees it
//	sptn_chain_tip_changed_timestamp_seconds{chain}            Unix time each tip last changed (start before the first change)
//	sptn_l1_head                                              latest L1 block number seen
//	sptn_lag_seconds{what}                                    lags the agent measures (l1_head_age, ...)
//	sptn_rpc_errors_total{endpoint}                           failed L1 RPC attempts by endpoint host (0 for each from the start)
//	sptn_l1_errors_total{op}                                  L1 operations that failed after retries
//	sptn_txs{account, state="pending|mined"}                  transactions in flight by sending account and state
//	sptn_tx_oldest_pending_seconds{account}                   how long the account's oldest unmined transaction has waited
//	sptn_tx_events_total{event}                               sent, bumped, rebroadcast, reorged, replaced, confirmed, fee_capped, sidecars_proven
//	sptn_fee_gwei{kind="base_fee|tip_cap|fee_cap"}            fee levels of the latest signed transaction and L1 base fee
//	sptn_balance_eth{account}, sptn_balance_low{account}      each sending account's balance and whether it is below the floor
//	sptn_balance_floor_eth                                    the floor (balance.min-eth)
//
// /livez answers 200 while the process serves HTTP. /readyz runs the agent's readiness checks
// (L1 reachable, chain id right, head fresh, synced) with a timeout and answers 503 naming the
// failing checks.
package metrics
