// Package keys holds the agents' keys: go-ethereum keystore files (Web3 Secret Storage, scrypt),
// unlocked with a password read from a file or an environment variable, never from a config
// value. The Signer interface is what the rest of the code signs with; KeystoreSigner implements
// it with a key held in memory, and a remote signer (web3signer, a KMS) can implement it later
// without any caller changing.
//
// `sptn keys new|list|import` are thin commands over New, List and Import.
package keys
