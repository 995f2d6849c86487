// Package protocol holds the rules that agents and the L1 contracts must compute identically: the
// L2 header and its EIP-712 hash, the attestation digest and encoding, committee sampling and
// proposer selection, the attestation quorum and the testnet proof encoding. Every function here
// mirrors a contract function (HeaderLib, Rollup, CommitteeLib, HashChainVerifier) and is tested
// against the deployed contract on anvil.
package protocol
