package rolluptest

import (
	"context"
	"crypto/ecdsa"
	"encoding/hex"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"math/big"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/ethclient"
	"github.com/ethereum/go-ethereum/rpc"
	"github.com/spf13/pflag"
	"github.com/stretchr/testify/require"

	"github.com/sptn/sptn/agents/devnet"
	"github.com/sptn/sptn/agents/internal/config"
	"github.com/sptn/sptn/agents/internal/keys"
	"github.com/sptn/sptn/agents/internal/ports"
	"github.com/sptn/sptn/agents/internal/protocol"
	"github.com/sptn/sptn/bindings/rollup"
)

// Wait bounds every wait for the chain or an agent: generous, since the machine is shared.
const Wait = 90 * time.Second

// Attesters is how many sequencers the devnet has; the committee is 4 of them.
const Attesters = 5

// Net is a devnet shared by one package's tests.
type Net struct {
	Devnet   *devnet.Network
	Client   *ethclient.Client
	RPC      *rpc.Client
	Rollup   common.Address
	Slasher  common.Address
	Domain   protocol.Domain
	Keys     map[common.Address]*ecdsa.PrivateKey
	Genesis  uint64
	SlotDur  uint64
	EpochDur uint64
	ABI      *rollup.Rollup
	dir      string
	snapshot string
}

// Up starts a devnet in dir (its Slasher with SlasherParams), adds the sequencers, has the dev
// account delegate its AZT votes to itself, warps to the start of epoch 3 (committees
// of early epochs are then final) and snapshots the state for Reset. Slots are 24 s of L1 time
// so that a transaction sent after a warp lands in the slot the warp chose; tests move through
// time with warps, not by waiting.
func Up(ctx context.Context, dir string) (*Net, error) {
	root, err := repoRoot()
	if err != nil {
		return nil, err
	}
	port, err := ports.Free()
	if err != nil {
		return nil, err
	}
	dn, err := devnet.Up(ctx, devnet.Config{
		Root: root, DataDir: dir, L1Port: port, L1BlockTime: time.Second, ChainID: 31337,
		RollupEnv: append([]string{"ROLLUP_GENESIS_DELAY=3600", "ROLLUP_SLOT_DURATION=24", "ROLLUP_PROPOSER_TIMEOUT=12"},
			slasherEnv()...),
		// 24 s slots and hour-long votes need an exit delay past the Slasher's no-escape bound.
		DeployEnv: []string{"STAKING_EXIT_DELAY=1000000"},
		Out:       io.Discard, Log: slog.New(slog.NewTextHandler(io.Discard, nil)),
	})
	if err != nil {
		return nil, err
	}
	n := &Net{Devnet: dn, Keys: map[common.Address]*ecdsa.PrivateKey{}, ABI: rollup.NewRollup(), dir: dir}
	if err := n.init(ctx); err != nil {
		dn.Down()
		return nil, err
	}
	return n, nil
}

func (n *Net) init(ctx context.Context) error {
	var err error
	if n.Client, err = n.Devnet.Dial(ctx); err != nil {
		return err
	}
	if n.RPC, err = rpc.DialContext(ctx, n.Devnet.RPC); err != nil {
		return err
	}
	if n.Rollup, err = n.Devnet.Deployments.Address("Rollup"); err != nil {
		return err
	}
	n.Domain = protocol.Domain{ChainID: big.NewInt(31337), Rollup: n.Rollup}
	var attesters []devnet.StakeSigner
	for i := range Attesters {
		k, err := crypto.ToECDSA(crypto.Keccak256([]byte{byte(i), 'r', 'o', 'l', 'l', 'u', 'p', 't', 'e', 's', 't'}))
		if err != nil {
			return err
		}
		a := crypto.PubkeyToAddress(k.PublicKey)
		n.Keys[a] = k
		attesters = append(attesters, keys.NewKeySigner(k))
	}
	if err := n.Devnet.AddSequencers(ctx, attesters); err != nil {
		return fmt.Errorf("add sequencers: %w", err)
	}
	for _, v := range []struct {
		dst    *uint64
		data   []byte
		unpack func([]byte) (*big.Int, error)
	}{
		{&n.Genesis, n.ABI.PackGENESISTIME(), n.ABI.UnpackGENESISTIME},
		{&n.SlotDur, n.ABI.PackSLOTDURATION(), n.ABI.UnpackSLOTDURATION},
		{&n.EpochDur, n.ABI.PackEPOCHDURATION(), n.ABI.UnpackEPOCHDURATION},
	} {
		raw, err := n.Client.CallContract(ctx, ethereum.CallMsg{To: &n.Rollup, Data: v.data}, nil)
		if err != nil {
			return err
		}
		x, err := v.unpack(raw)
		if err != nil {
			return err
		}
		*v.dst = x.Uint64()
	}
	if n.Slasher, err = n.Devnet.Deployments.Address("Slasher"); err != nil {
		return err
	}
	if err := n.delegateDev(ctx); err != nil {
		return err
	}
	if err := n.Devnet.WarpTo(ctx, n.SlotStart(3*n.EpochDur)); err != nil {
		return err
	}
	return n.RPC.CallContext(ctx, &n.snapshot, "evm_snapshot")
}

// Down stops the devnet.
func (n *Net) Down() {
	if n.Client != nil {
		n.Client.Close()
	}
	if n.RPC != nil {
		n.RPC.Close()
	}
	n.Devnet.Down()
}

// Reset reverts the chain to the state Up left and snapshots it again.
func (n *Net) Reset(t testing.TB) {
	t.Helper()
	ctx := Ctx(t)
	var ok bool
	require.NoError(t, n.RPC.CallContext(ctx, &ok, "evm_revert", n.snapshot))
	require.True(t, ok, "evm_revert %s", n.snapshot)
	require.NoError(t, n.RPC.CallContext(ctx, &n.snapshot, "evm_snapshot"))
}

// Ctx is a context bounded by Wait and the test's end.
func Ctx(t testing.TB) context.Context {
	ctx, cancel := context.WithTimeout(context.Background(), 3*Wait)
	t.Cleanup(cancel)
	return ctx
}

// SlotStart is the L1 time at which slot starts.
func (n *Net) SlotStart(slot uint64) uint64 { return n.Genesis + slot*n.SlotDur }

// EpochStart is the L1 time at which epoch starts.
func (n *Net) EpochStart(epoch uint64) uint64 { return n.SlotStart(epoch * n.EpochDur) }

// Head is the latest L1 block header.
func (n *Net) Head(t testing.TB) *types.Header {
	t.Helper()
	h, err := n.Client.HeaderByNumber(Ctx(t), nil)
	require.NoError(t, err)
	return h
}

// CurrentSlot is the slot of the latest L1 block.
func (n *Net) CurrentSlot(t testing.TB) uint64 {
	t.Helper()
	return (n.Head(t).Time - n.Genesis) / n.SlotDur
}

// CurrentEpoch is the epoch of the latest L1 block.
func (n *Net) CurrentEpoch(t testing.TB) uint64 { return n.CurrentSlot(t) / n.EpochDur }

// WarpToSlot mines a block at the start of slot (which must lie ahead).
func (n *Net) WarpToSlot(t testing.TB, slot uint64) {
	t.Helper()
	require.NoError(t, n.Devnet.WarpTo(Ctx(t), n.SlotStart(slot)))
}

// WarpToEpoch mines a block at the start of epoch.
func (n *Net) WarpToEpoch(t testing.TB, epoch uint64) { n.WarpToSlot(t, epoch*n.EpochDur) }

// Tips reads the rollup's tips at the latest block.
func (n *Net) Tips(t testing.TB) rollup.ChainTips {
	t.Helper()
	raw, err := n.Client.CallContract(Ctx(t), ethereum.CallMsg{To: &n.Rollup, Data: n.ABI.PackGetTips()}, nil)
	require.NoError(t, err)
	tips, err := n.ABI.UnpackGetTips(raw)
	require.NoError(t, err)
	return tips
}

// Committee reads the committee of epoch.
func (n *Net) Committee(t testing.TB, epoch uint64) []common.Address {
	t.Helper()
	raw, err := n.Client.CallContract(Ctx(t), ethereum.CallMsg{To: &n.Rollup,
		Data: n.ABI.PackGetEpochCommittee(new(big.Int).SetUint64(epoch))}, nil)
	require.NoError(t, err)
	c, err := n.ABI.UnpackGetEpochCommittee(raw)
	require.NoError(t, err)
	return c
}

// Header builds a header for slot on top of the assured tip. mutate, if set, changes it.
func (n *Net) Header(t testing.TB, slot uint64, mutate func(*protocol.Header)) protocol.Header {
	t.Helper()
	tips := n.Tips(t)
	h := protocol.Header{
		Number: tips.AssuredNumber.Uint64() + 1, Slot: slot, ParentHash: tips.AssuredHash,
		TxsHash: protocol.EmptyTxsHash, StateRoot: crypto.Keccak256Hash([]byte(fmt.Sprintf("state %d", slot))),
		FeePerDaGas: big.NewInt(5), FeePerL2Gas: big.NewInt(9), Coinbase: common.HexToAddress("0xc0ffee"),
	}
	if mutate != nil {
		mutate(&h)
	}
	return h
}

// Attest signs h with every member of its epoch's committee and returns the packed attestations.
func (n *Net) Attest(t testing.TB, h protocol.Header) []byte {
	t.Helper()
	digest := n.Domain.AttestationDigest(h)
	var atts []protocol.Attestation
	for i, m := range n.Committee(t, h.Slot/n.EpochDur) {
		sig, err := protocol.SignDigest(n.Keys[m], digest)
		require.NoError(t, err)
		atts = append(atts, protocol.Attestation{Index: i, Signature: sig})
	}
	enc, err := protocol.EncodeAttestations(atts)
	require.NoError(t, err)
	return enc
}

// Propose warps to slot (if the chain is not in it yet), proposes a block with the full
// committee's attestations from the dev account and returns its header.
func (n *Net) Propose(t testing.TB, slot uint64) protocol.Header {
	t.Helper()
	if n.CurrentSlot(t) < slot {
		n.WarpToSlot(t, slot)
	}
	require.Equal(t, slot, n.CurrentSlot(t), "the chain is in the slot to propose in")
	h := n.Header(t, slot, nil)
	r := n.Send(t, devnet.DevKey(), n.Rollup, n.ABI.PackPropose(h, nil, n.Attest(t, h)), 1_000_000)
	require.Equal(t, types.ReceiptStatusSuccessful, r.Status, "propose of slot %d reverted", slot)
	return h
}

// Send signs data to `to` with key and waits for the receipt. gas must be set: a transaction
// meant to revert is sent all the same.
func (n *Net) Send(t testing.TB, key *ecdsa.PrivateKey, to common.Address, data []byte, gas uint64) *types.Receipt {
	t.Helper()
	tx := n.SendAsync(t, key, to, data, gas)
	return n.Receipt(t, tx.Hash())
}

// SendAsync signs and broadcasts data to `to` with key and returns the transaction.
func (n *Net) SendAsync(t testing.TB, key *ecdsa.PrivateKey, to common.Address, data []byte, gas uint64) *types.Transaction {
	t.Helper()
	ctx := Ctx(t)
	from := crypto.PubkeyToAddress(key.PublicKey)
	nonce, err := n.Client.PendingNonceAt(ctx, from)
	require.NoError(t, err)
	head := n.Head(t)
	tx, err := types.SignNewTx(key, types.LatestSignerForChainID(big.NewInt(31337)), &types.DynamicFeeTx{
		ChainID: big.NewInt(31337), Nonce: nonce, GasTipCap: big.NewInt(1e9),
		GasFeeCap: new(big.Int).Add(new(big.Int).Mul(head.BaseFee, big.NewInt(3)), big.NewInt(1e9)),
		Gas:       gas, To: &to, Data: data,
	})
	require.NoError(t, err)
	require.NoError(t, n.Client.SendTransaction(ctx, tx))
	return tx
}

// Receipt waits for the receipt of hash.
func (n *Net) Receipt(t testing.TB, hash common.Hash) *types.Receipt {
	t.Helper()
	ctx := Ctx(t)
	deadline := time.Now().Add(Wait)
	for {
		r, err := n.Client.TransactionReceipt(ctx, hash)
		if err == nil {
			return r
		}
		require.ErrorIs(t, err, ethereum.NotFound)
		require.True(t, time.Now().Before(deadline), "no receipt for %s within %s", hash, Wait)
		time.Sleep(100 * time.Millisecond)
	}
}

// Eventually polls cond every 100 ms until it holds, failing the test after Wait.
func Eventually(t testing.TB, what string, cond func() bool) {
	t.Helper()
	deadline := time.Now().Add(Wait)
	for !cond() {
		require.True(t, time.Now().Before(deadline), "timed out after %s waiting for %s", Wait, what)
		time.Sleep(100 * time.Millisecond)
	}
}

// Fund sets addr's balance to 100 ETH.
func (n *Net) Fund(t testing.TB, addr common.Address) {
	t.Helper()
	require.NoError(t, n.RPC.CallContext(Ctx(t), nil, "anvil_setBalance", addr, "0x56BC75E2D63100000"))
}

// AgentConfig writes a keystore holding a new funded key, a password file and a config file
// for an agent whose own section is `section` (YAML, may be empty), loads it into out (an agent
// config embedding config.Base) and returns the key, so that tests can also act as its owner.
func (n *Net) AgentConfig(t testing.TB, section string, out any, extra ...config.Key) *ecdsa.PrivateKey {
	t.Helper()
	dir := t.TempDir()
	key, err := crypto.GenerateKey()
	require.NoError(t, err)
	keyFile := filepath.Join(dir, "key.hex")
	require.NoError(t, os.WriteFile(keyFile, []byte(hex.EncodeToString(crypto.FromECDSA(key))), 0o600))
	require.NoError(t, os.WriteFile(filepath.Join(dir, "pw"), []byte("pw\n"), 0o600))
	_, err = keys.Import(filepath.Join(dir, "keystore"), keyFile, "pw", keys.LightScrypt)
	require.NoError(t, err)
	require.NoError(t, os.Remove(keyFile))
	n.Fund(t, crypto.PubkeyToAddress(key.PublicKey))
	body := strings.NewReplacer("DIR", dir, "URL", n.Devnet.RPC, "DEPLOYMENTS",
		filepath.Join(n.dir, "deployments.json")).Replace(`
l1:
  rpc-urls: ["URL"]
  request-timeout: 5s
  retry-wait-min: 20ms
  retry-wait-max: 200ms
deployments: DEPLOYMENTS
keys:
  keystore: DIR/keystore
  password-file: DIR/pw
data-dir: DIR/data
metrics:
  addr: ""
txmgr:
  confirmations: 1
  poll-interval: 100ms
balance:
  interval: 5s
`) + section
	file := filepath.Join(dir, "sptn.yaml")
	require.NoError(t, os.WriteFile(file, []byte(body), 0o600))
	fs := pflag.NewFlagSet("t", pflag.ContinueOnError)
	config.AddFlags(fs)
	require.NoError(t, fs.Parse([]string{"--config", file}))
	_, err = config.Load(fs, out, extra...)
	require.NoError(t, err)
	return key
}

// Logger writes to the test's log.
func Logger(t testing.TB) *slog.Logger {
	return slog.New(slog.NewTextHandler(testWriter{t}, &slog.HandlerOptions{Level: slog.LevelDebug}))
}

type testWriter struct{ t testing.TB }

func (w testWriter) Write(p []byte) (int, error) {
	w.t.Log(strings.TrimRight(string(p), "\n"))
	return len(p), nil
}

func repoRoot() (string, error) {
	dir, err := os.Getwd()
	if err != nil {
		return "", err
	}
	for {
		if _, err := os.Stat(filepath.Join(dir, "go.mod")); err == nil {
			return dir, nil
		}
		parent := filepath.Dir(dir)
		if parent == dir {
			return "", errors.New("no go.mod above the working directory")
		}
		dir = parent
	}
}

// AttestBy signs h with the committee members at the given committee indices only.
func (n *Net) AttestBy(t testing.TB, h protocol.Header, indices ...int) []byte {
	t.Helper()
	digest := n.Domain.AttestationDigest(h)
	committee := n.Committee(t, h.Slot/n.EpochDur)
	var atts []protocol.Attestation
	for _, i := range indices {
		sig, err := protocol.SignDigest(n.Keys[committee[i]], digest)
		require.NoError(t, err)
		atts = append(atts, protocol.Attestation{Index: i, Signature: sig})
	}
	enc, err := protocol.EncodeAttestations(atts)
	require.NoError(t, err)
	return enc
}

// Prune calls Rollup.prune from the dev account and requires it to succeed.
func (n *Net) Prune(t testing.TB) {
	t.Helper()
	r := n.Send(t, devnet.DevKey(), n.Rollup, n.ABI.PackPrune(), 500_000)
	require.Equal(t, types.ReceiptStatusSuccessful, r.Status, "prune reverted")
}

// SetIntervalMining sets anvil's block interval in seconds (0 stops mining).
func (n *Net) SetIntervalMining(t testing.TB, seconds int) {
	t.Helper()
	require.NoError(t, n.RPC.CallContext(Ctx(t), nil, "evm_setIntervalMining", seconds))
}

// Mine mines one block.
func (n *Net) Mine(t testing.TB) {
	t.Helper()
	require.NoError(t, n.RPC.CallContext(Ctx(t), nil, "evm_mine"))
}

// Main is a package's TestMain around one shared devnet: it starts the devnet in a new temporary
// directory, hands it to set (which stores it where the tests find it), runs the tests and stops
// the devnet. It exits the process with the tests' code, or 1 if the devnet does not start.
func Main(m *testing.M, name string, set func(*Net)) {
	dir, err := os.MkdirTemp("", "sptn-"+name+"-test-")
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
	ctx, cancel := context.WithTimeout(context.Background(), 5*time.Minute)
	n, err := Up(ctx, dir)
	cancel()
	if err != nil {
		fmt.Fprintln(os.Stderr, "devnet:", err)
		os.Exit(1)
	}
	set(n)
	code := m.Run()
	n.Down()
	_ = os.RemoveAll(dir)
	os.Exit(code)
}
