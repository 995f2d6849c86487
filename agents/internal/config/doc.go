// Package config loads an agent's configuration through viper from one YAML or TOML file,
// SPTN_* environment variables and command-line flags (flags win over the environment, which
// wins over the file, which wins over the defaults), decodes it strictly (an unknown key is an
// error) and checks it. Base is the part every agent shares; the node, prover and watcher embed
// it with `mapstructure:",squash"` and add their own section.
//
// Check names the key, its environment variable, the value and what was expected, so that an
// agent refuses bad config at start with a message the operator can act on. Redact hides
// secrets (RPC URLs carrying API keys, passwords) for `sptn config print`.
//
// Keys never live in a config: the config names a keystore directory and a password file or
// environment variable (see package keys).
package config
