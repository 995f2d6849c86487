// Package gethdev prepares and starts go-ethereum's own `geth --dev` as an L1 for the devnet and
// the tests: the binary `make deps-geth` builds from the go-ethereum version go.mod pins, a genesis
// that is geth's own dev genesis with the chain id and funded accounts the caller wants and no fork
// after Osaka, and a keystore holding the developer key geth unlocks.
package gethdev

import (
	"bufio"
	"context"
	"crypto/ecdsa"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"math/big"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strconv"
	"strings"

	"github.com/ethereum/go-ethereum/accounts/keystore"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/google/uuid"
)

// Password unlocks the developer key in the keystore Prepare writes (a devnet's public key).
const Password = "sptn-devnet"

// forks are the timestamp forks the prepared chain runs from genesis: up to Osaka, as mainnet.
var forks = []string{"shanghaiTime", "cancunTime", "pragueTime", "osakaTime"}

// developerAddr is the account of the key geth's dev mode uses when its keystore is empty
// (cmd/utils.DeveloperKey).
var developerAddr = common.HexToAddress("0x71562b71999873DB5b286dF957af199Ec94617F7")

// Balance is what Prepare funds each account with in the genesis.
var Balance = new(big.Int).Lsh(big.NewInt(1), 200)

// Prepare makes dir a geth data directory holding a chain of chainID whose genesis funds the
// developer key and the accounts in fund, with the developer key in dir/keystore (unlocked by
// dir/password). geth init's output goes to log.
func Prepare(ctx context.Context, bin, dir string, chainID uint64, dev *ecdsa.PrivateKey, fund []common.Address, log io.Writer) error {
	if err := os.RemoveAll(dir); err != nil {
		return err
	}
	if err := os.MkdirAll(dir, 0o700); err != nil {
		return err
	}
	if err := writeKeystore(filepath.Join(dir, "keystore"), filepath.Join(dir, "password"), dev); err != nil {
		return fmt.Errorf("geth keystore: %w", err)
	}
	genesis, err := Genesis(ctx, bin, chainID, append([]common.Address{crypto.PubkeyToAddress(dev.PublicKey)}, fund...))
	if err != nil {
		return fmt.Errorf("geth genesis: %w", err)
	}
	path := filepath.Join(dir, "genesis.json")
	if err := os.WriteFile(path, genesis, 0o600); err != nil {
		return err
	}
	cmd := exec.CommandContext(ctx, bin, "init", "--datadir", dir, path)
	cmd.Stdout, cmd.Stderr = log, log
	if err := cmd.Run(); err != nil {
		return fmt.Errorf("geth init: %w", err)
	}
	return nil
}

// Args are the arguments of `geth --dev` on the data directory Prepare made: a block every
// period seconds, HTTP RPC on host:port (eth, net, web3, debug, txpool, dev), and no P2P, engine
// API or IPC endpoint another geth could collide on.
func Args(dir, host string, port, period int) []string {
	return []string{
		"--dev", "--dev.period", strconv.Itoa(period),
		"--datadir", dir, "--keystore", filepath.Join(dir, "keystore"), "--password", filepath.Join(dir, "password"),
		"--http", "--http.addr", host, "--http.port", strconv.Itoa(port),
		"--http.api", "eth,net,web3,debug,txpool,dev",
		"--port", "0", "--nodiscover", "--maxpeers", "0", "--authrpc.port", "0", "--ipcdisable",
		"--miner.gaslimit", "30000000", "--cache", "256", "--verbosity", "3",
	}
}

// module is the go-ethereum module whose version geth is built from (make deps-geth).
const module = "github.com/ethereum/go-ethereum"

// Binary is where `make deps-geth` installs geth: .tools/geth-<version>/geth under the root,
// the version being the go-ethereum module go.mod pins.
func Binary(root string) (string, error) {
	f, err := os.Open(filepath.Join(root, "go.mod"))
	if err != nil {
		return "", err
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		fields := strings.Fields(strings.TrimPrefix(strings.TrimSpace(sc.Text()), "require "))
		if len(fields) >= 2 && fields[0] == module {
			return filepath.Join(root, ".tools", "geth-"+fields[1], "geth"), nil
		}
	}
	if err := sc.Err(); err != nil {
		return "", err
	}
	return "", fmt.Errorf("%s/go.mod requires no %s", root, module)
}

// writeKeystore puts key into a keystore geth unlocks with the password file.
func writeKeystore(dir, passwordFile string, key *ecdsa.PrivateKey) error {
	id, err := uuid.NewRandom()
	if err != nil {
		return err
	}
	blob, err := keystore.EncryptKey(&keystore.Key{Id: id, Address: crypto.PubkeyToAddress(key.PublicKey), PrivateKey: key},
		Password, keystore.LightScryptN, keystore.LightScryptP)
	if err != nil {
		return err
	}
	if err := os.MkdirAll(dir, 0o700); err != nil {
		return err
	}
	if err := os.WriteFile(filepath.Join(dir, "devkey.json"), blob, 0o600); err != nil {
		return err
	}
	return os.WriteFile(passwordFile, []byte(Password+"\n"), 0o600)
}

// Genesis is geth's own dev genesis (`geth --dev dumpgenesis`, with its system contracts) with
// chainId set, the forks after Osaka removed, a 30M gas limit and each of fund funded with Balance.
func Genesis(ctx context.Context, bin string, chainID uint64, fund []common.Address) ([]byte, error) {
	cmd := exec.CommandContext(ctx, bin, "--dev", "--verbosity", "1", "dumpgenesis")
	var stderr strings.Builder
	cmd.Stderr = &stderr
	raw, err := cmd.Output()
	if err != nil {
		return nil, fmt.Errorf("geth --dev dumpgenesis: %w: %.300s", err, stderr.String())
	}
	var g map[string]any
	dec := json.NewDecoder(strings.NewReader(string(raw)))
	dec.UseNumber() // keep every number as geth wrote it
	if err := dec.Decode(&g); err != nil {
		return nil, fmt.Errorf("geth --dev dumpgenesis: %w", err)
	}
	config, ok := g["config"].(map[string]any)
	if !ok {
		return nil, errors.New("geth --dev dumpgenesis: no config")
	}
	config["chainId"] = chainID
	// geth's dev mode turns on every fork it knows, unreleased ones too (1.17.10: Bogota, with its
	// own instruction set and gas costs, under which forge's gas estimates run short): the devnet's
	// L1 stops at Osaka, the fork mainnet runs, as anvil does.
	for k := range config {
		if strings.HasSuffix(k, "Time") && !slices.Contains(forks, k) {
			delete(config, k)
		}
	}
	alloc, ok := g["alloc"].(map[string]any)
	if !ok {
		return nil, errors.New("geth --dev dumpgenesis: no alloc")
	}
	// Drop the faucet of geth's own developer key: the devnet's dev account is anvil's.
	for addr := range alloc {
		if common.HexToAddress(addr) == developerAddr {
			delete(alloc, addr)
		}
	}
	for _, a := range fund {
		alloc[strings.ToLower(a.Hex())] = map[string]any{"balance": hexutil.EncodeBig(Balance)}
	}
	g["gasLimit"] = hexutil.EncodeUint64(30_000_000)
	return json.MarshalIndent(g, "", "  ")
}
