// Package script_test runs the seed's governance story with the forge scripts in script/ against
// a live anvil, as an operator would, and checks the chain with the generated bindings.
package script_test

import (
	"bytes"
	"context"
	"crypto/ecdsa"
	"encoding/json"
	"fmt"
	"math/big"
	"net"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"syscall"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/ethclient"
	"github.com/ethereum/go-ethereum/rpc"
	"github.com/stretchr/testify/require"

	"github.com/sptn/sptn/agents/gov"
	aztbind "github.com/sptn/sptn/bindings/azt"
	registrybind "github.com/sptn/sptn/bindings/registry"
	stakingbind "github.com/sptn/sptn/bindings/staking"
	tlgbind "github.com/sptn/sptn/bindings/toplevelgovernance"
)

// anvil's well-known dev accounts, unlocked on anvil: no key is handled here.
var (
	deployer    = common.HexToAddress("0xf39Fd6e51aad88F6F4ce6aB8827279cffFb92266")
	withdrawer1 = common.HexToAddress("0x70997970C51812dc3A010C7d01b50e0d17dc79C8")
	withdrawer2 = common.HexToAddress("0x3C44CdDdB6a900fa2b585dd299e03d12FA4293BC")
	// Attesters are anvil accounts 3 and 4: attester1 signs an authorisation of its stake with
	// its key (anvil's published dev key, a test fixture), attester2 opens its stake itself.
	attester1    = common.HexToAddress("0x90F79bf6EB2c4f870365E785982E1f101E93b906")
	attester1Key = "7c852118294e51e653712a81e05800f419141751be58f605c371e15141b007a6"
	attester2    = common.HexToAddress("0x15d34AAf54267DB7D7c367839AAf71A00a2C6A65")
)

const (
	day = 24 * 60 * 60
	// chainID differs from the devnet's 31337 so that forge's broadcast records of the two
	// tests (broadcast/<script>/<chain id>/) never collide when packages run in parallel.
	chainID = 31338
)

func wei(azt int64) *big.Int { return new(big.Int).Mul(big.NewInt(azt), big.NewInt(1e18)) }

type story struct {
	t       *testing.T
	root    string
	rpcURL  string
	depFile string // relative to root: forge may write only under deployments/
	eth     *ethclient.Client
	raw     *rpc.Client
}

func repoRoot(t *testing.T) string {
	t.Helper()
	root, err := filepath.Abs("..")
	require.NoError(t, err)
	return root
}

func tool(root, name string) string {
	return filepath.Join(root, "node_modules", "@foundry-rs", name+"-linux-amd64", "bin", name)
}

func freePort(t *testing.T) int {
	t.Helper()
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	require.NoError(t, err)
	defer ln.Close()
	return ln.Addr().(*net.TCPAddr).Port
}

// startAnvil starts anvil (automine) on a free port and stops it when the test ends.
func startAnvil(ctx context.Context, t *testing.T, root string) *story {
	t.Helper()
	for _, name := range []string{"anvil", "forge"} {
		if _, err := os.Stat(tool(root, name)); err != nil {
			t.Fatalf("%s not installed: run `make deps` (npm ci): %v", name, err)
		}
	}
	port := freePort(t)
	cmd := exec.Command(tool(root, "anvil"), "--host", "127.0.0.1", "--port", strconv.Itoa(port),
		"--chain-id", strconv.Itoa(chainID), "--silent")
	cmd.SysProcAttr = &syscall.SysProcAttr{Setpgid: true}
	require.NoError(t, cmd.Start())
	t.Cleanup(func() {
		_ = syscall.Kill(-cmd.Process.Pid, syscall.SIGKILL)
		_ = cmd.Wait()
	})
	s := &story{
		t: t, root: root, rpcURL: fmt.Sprintf("http://127.0.0.1:%d", port),
		depFile: filepath.Join("deployments", fmt.Sprintf(".story-%d.json", os.Getpid())),
	}
	t.Cleanup(func() { _ = os.Remove(filepath.Join(root, s.depFile)) })
	for {
		cctx, cancel := context.WithTimeout(ctx, time.Second)
		raw, err := rpc.DialContext(cctx, s.rpcURL)
		if err == nil {
			eth := ethclient.NewClient(raw)
			if id, err := eth.ChainID(cctx); err == nil {
				cancel()
				require.Equal(t, int64(chainID), id.Int64())
				s.raw, s.eth = raw, eth
				t.Cleanup(raw.Close)
				return s
			}
			raw.Close()
		}
		cancel()
		select {
		case <-ctx.Done():
			t.Fatalf("anvil did not answer on %s: %v", s.rpcURL, ctx.Err())
		case <-time.After(100 * time.Millisecond):
		}
	}
}

// forge runs `forge script <target> --sig <sig> <args> --broadcast` as `sender` (unlocked).
func (s *story) forge(ctx context.Context, sender common.Address, target, sig string, args ...string) {
	s.t.Helper()
	if out, err := s.forgeRun(ctx, sender, target, sig, args...); err != nil {
		s.t.Fatalf("forge script %s %s %v: %v\n%s", target, sig, args, err, out)
	}
}

// forgeRun is forge without failing the test: it returns forge's output and error.
func (s *story) forgeRun(ctx context.Context, sender common.Address, target, sig string, args ...string) (string, error) {
	s.t.Helper()
	cmdArgs := append([]string{"script", target, "--sig", sig}, args...)
	cmdArgs = append(cmdArgs, "--rpc-url", s.rpcURL, "--broadcast", "--unlocked",
		"--sender", sender.Hex(), "--slow", "--non-interactive")
	cctx, cancel := context.WithTimeout(ctx, 3*time.Minute)
	defer cancel()
	cmd := exec.CommandContext(cctx, tool(s.root, "forge"), cmdArgs...)
	cmd.Dir = s.root
	cmd.Env = append(os.Environ(), "DEPLOYMENTS_FILE="+s.depFile)
	var out bytes.Buffer
	cmd.Stdout, cmd.Stderr = &out, &out
	err := cmd.Run()
	return out.String(), err
}

// keySigner signs digests with a key in memory, as a keystore signer does (v in {27, 28}).
type keySigner struct{ key *ecdsa.PrivateKey }

func (k keySigner) Address() common.Address { return crypto.PubkeyToAddress(k.key.PublicKey) }

func (k keySigner) SignDigest(_ context.Context, digest [32]byte) ([]byte, error) {
	sig, err := crypto.Sign(digest[:], k.key)
	if err != nil {
		return nil, err
	}
	sig[64] += 27
	return sig, nil
}

// transfer sends amount AZT from the unlocked account from to to (eth_sendTransaction).
func (s *story) transfer(ctx context.Context, token, from, to common.Address, amount *big.Int) {
	s.t.Helper()
	cctx, cancel := context.WithTimeout(ctx, 10*time.Second)
	defer cancel()
	data := aztbind.NewAZT().PackTransfer(to, amount)
	// An explicit gas limit: anvil estimates at the pending block's timestamp, and a vote checkpoint
	// that an earlier transaction wrote in that same second makes the estimate too low if the
	// transfer is mined a second later and must push a new checkpoint (CI saw status 0 once).
	var hash common.Hash
	require.NoError(s.t, s.raw.CallContext(cctx, &hash, "eth_sendTransaction", map[string]any{
		"from": from, "to": token, "data": hexutil.Bytes(data), "gas": hexutil.Uint64(300_000)}))
	r, err := bind.WaitMined(cctx, s.eth, hash)
	require.NoError(s.t, err)
	require.Equal(s.t, uint64(1), r.Status, "AZT transfer")
}

// advance moves the chain's clock forward and mines a block at the new time.
func (s *story) advance(ctx context.Context, seconds int64) {
	s.t.Helper()
	cctx, cancel := context.WithTimeout(ctx, 10*time.Second)
	defer cancel()
	require.NoError(s.t, s.raw.CallContext(cctx, nil, "evm_increaseTime", seconds))
	require.NoError(s.t, s.raw.CallContext(cctx, nil, "anvil_mine", 1))
}

func (s *story) now(ctx context.Context) uint64 {
	s.t.Helper()
	cctx, cancel := context.WithTimeout(ctx, 10*time.Second)
	defer cancel()
	h, err := s.eth.HeaderByNumber(cctx, nil)
	require.NoError(s.t, err)
	return h.Time
}

func call[T any](ctx context.Context, t *testing.T, c *bind.BoundContract, data []byte, unpack func([]byte) (T, error)) T {
	t.Helper()
	cctx, cancel := context.WithTimeout(ctx, 10*time.Second)
	defer cancel()
	v, err := bind.Call(c, &bind.CallOpts{Context: cctx}, data, unpack)
	require.NoError(t, err)
	return v
}

// TestStory: deploy, fund the deployment through a TLG vote, stake, add sequencers, change a
// parameter, exit and withdraw, each step a forge script as in docs/governance.md. Production
// timings (1 day voting delay, 7 day vote, 2 day timelock, 7 day exit) are crossed by moving
// anvil's clock.
func TestStory(t *testing.T) {
	ctx, cancel := context.WithTimeout(context.Background(), 10*time.Minute)
	defer cancel()
	s := startAnvil(ctx, t, repoRoot(t))

	// 1. Deploy with the production defaults.
	s.forge(ctx, deployer, "script/Deploy.s.sol:Deploy", "run()")
	raw, err := os.ReadFile(filepath.Join(s.root, s.depFile))
	require.NoError(t, err)
	// The deployments file's format is agents/internal/deployments' (internal to agents/).
	var dep struct {
		Contracts map[string]common.Address `json:"contracts"`
	}
	require.NoError(t, json.Unmarshal(raw, &dep))
	addr := func(name string) common.Address {
		a, ok := dep.Contracts[name]
		require.True(t, ok, "%s missing from the deployments file", name)
		code, err := s.eth.CodeAt(ctx, a, nil)
		require.NoError(t, err)
		require.NotEmpty(t, code, "%s has no code", name)
		return a
	}
	azt, registry, staking := aztbind.NewAZT(), registrybind.NewRegistry(), stakingbind.NewStaking()
	aztC := azt.Instance(s.eth, addr("AZT"))
	registryC := registry.Instance(s.eth, addr("Registry"))
	stakingC := staking.Instance(s.eth, addr("Staking"))
	tlg := tlgbind.NewTopLevelGovernance()
	tlgC := tlg.Instance(s.eth, addr("TopLevelGovernance"))
	owner := call(ctx, t, aztC, azt.PackOwner(), azt.UnpackOwner)
	require.Equal(t, addr("Timelock"), owner, "the timelock owns (mints) AZT")
	require.Equal(t, big.NewInt(day), call(ctx, t, tlgC, tlg.PackVotingDelay(), tlg.UnpackVotingDelay))
	require.Equal(t, uint64(0), call(ctx, t, registryC, registry.PackVersionCount(), registry.UnpackVersionCount).Uint64())

	// 2. The TLG funds and registers the deployment: propose, vote, queue, execute.
	// Votes count from the second after the genesis holder delegated (ERC-5805 reads the past).
	s.advance(ctx, 1)
	const fund = "script/FundDeployment.s.sol:FundDeployment"
	s.forge(ctx, deployer, fund, "propose()")
	s.advance(ctx, day+1)
	s.forge(ctx, deployer, fund, "vote(uint8)", "1")
	s.advance(ctx, 7*day)
	s.forge(ctx, deployer, fund, "queue()")
	before := s.now(ctx)
	s.forge(ctx, deployer, "script/Clock.s.sol:Clock", "advance(uint256)", strconv.Itoa(2*day)) // the script way
	require.GreaterOrEqual(t, s.now(ctx), before+2*day)
	s.forge(ctx, deployer, fund, "execute()")

	require.Equal(t, wei(1_000_000), call(ctx, t, aztC, azt.PackBalanceOf(addr("RewardPool")), azt.UnpackBalanceOf))
	require.Equal(t, uint64(1), call(ctx, t, registryC, registry.PackCanonical(), registry.UnpackCanonical).Uint64())
	d := call(ctx, t, registryC, registry.PackCanonicalDeployment(), registry.UnpackCanonicalDeployment)
	require.Equal(t, "sptn-devnet", string(bytes.TrimRight(d.Name[:], "\x00")))
	require.Equal(t, addr("Staking"), d.Staking)
	require.Equal(t, addr("SptnGovernance"), d.Governance)
	require.Equal(t, addr("RewardPool"), d.RewardPool)
	require.Equal(t, common.Address{}, d.Rollup)

	// 3. Two stakes, each withdrawable by its own key; the PoG owner (the deployer, SPTN_ADMIN's
	//    default) adds both sequencers. Only an attester may choose its stake's withdrawer: the
	//    genesis holder funds attester1's stake with the authorisation attester1 signed
	//    (`sptn gov authorize-stake`'s code), and attester2 stakes AZT it was given itself.
	//    Nobody stakes before the deployment's governance named a slasher; this deployment has no
	//    rollup yet, so it names none (zero: nobody may slash), which opens staking.
	minStake := wei(100_000).String()
	out, err := s.forgeRun(ctx, attester2, "script/Stake.s.sol:Stake", "stake(address,address,uint256)",
		attester2.Hex(), withdrawer2.Hex(), minStake)
	require.Error(t, err, "a stake before a slasher was named")
	require.Contains(t, out, "Staking__SlasherNotNamed")
	s.forge(ctx, deployer, "script/Sequencers.s.sol:Sequencers", "queueSlasher(address)", common.Address{}.Hex())
	out, err = s.forgeRun(ctx, deployer, "script/Stake.s.sol:Stake", "stake(address,address,uint256)",
		attester1.Hex(), withdrawer1.Hex(), minStake)
	require.Error(t, err, "the funder alone cannot open attester1's stake")
	require.Contains(t, out, "Staking__NotAuthorizedByAttester")
	key, err := crypto.HexToECDSA(attester1Key)
	require.NoError(t, err)
	auth, err := gov.AuthorizeStake(ctx, s.eth, big.NewInt(chainID), addr("Staking"), keySigner{key}, withdrawer1, time.Hour)
	require.NoError(t, err)
	s.forge(ctx, deployer, "script/Stake.s.sol:Stake", "stakeWithAuthorization(address,address,uint256,uint256,bytes)",
		attester1.Hex(), withdrawer1.Hex(), minStake, auth.Deadline.String(), auth.Signature.String())
	s.transfer(ctx, addr("AZT"), deployer, attester2, wei(100_000))
	s.forge(ctx, attester2, "script/Stake.s.sol:Stake", "stake(address,address,uint256)", attester2.Hex(), withdrawer2.Hex(), minStake)
	require.Empty(t, call(ctx, t, stakingC, staking.PackGetActiveAttesters(), staking.UnpackGetActiveAttesters), "staking alone does not activate")
	s.forge(ctx, deployer, "script/Sequencers.s.sol:Sequencers", "add(address)", attester1.Hex())
	s.forge(ctx, deployer, "script/Sequencers.s.sol:Sequencers", "add(address)", attester2.Hex())
	require.Equal(t, []common.Address{attester1, attester2},
		call(ctx, t, stakingC, staking.PackGetActiveAttesters(), staking.UnpackGetActiveAttesters))

	// 4. The PoG owner shortens the exit delay to 3 days.
	s.forge(ctx, deployer, "script/Sequencers.s.sol:Sequencers", "setExitDelay(uint256)", strconv.Itoa(3*day))
	require.Equal(t, big.NewInt(3*day), call(ctx, t, stakingC, staking.PackExitDelay(), staking.UnpackExitDelay))

	// 5. Sequencer 1's withdrawer exits: it leaves the set at once; the snapshot before stays.
	s.advance(ctx, 60)
	before = s.now(ctx)
	s.advance(ctx, 1)
	s.forge(ctx, withdrawer1, "script/Stake.s.sol:Stake", "exit(address)", attester1.Hex())
	require.Equal(t, []common.Address{attester2},
		call(ctx, t, stakingC, staking.PackGetActiveAttesters(), staking.UnpackGetActiveAttesters))
	require.Equal(t, []common.Address{attester1, attester2},
		call(ctx, t, stakingC, staking.PackGetActiveAttestersAt(new(big.Int).SetUint64(before)), staking.UnpackGetActiveAttestersAt))
	info := call(ctx, t, stakingC, staking.PackGetStake(attester1), staking.UnpackGetStake)
	require.Equal(t, uint8(3), info.Status, "EXITING")
	require.Equal(t, withdrawer1, info.Withdrawer)

	// 6. After the (new) exit delay it withdraws the whole stake to itself.
	s.advance(ctx, 3*day)
	s.forge(ctx, withdrawer1, "script/Stake.s.sol:Stake", "withdraw(address,address)", attester1.Hex(), withdrawer1.Hex())
	require.Equal(t, wei(100_000), call(ctx, t, aztC, azt.PackBalanceOf(withdrawer1), azt.UnpackBalanceOf))
	require.Equal(t, wei(100_000), call(ctx, t, aztC, azt.PackBalanceOf(addr("Staking")), azt.UnpackBalanceOf))
	info = call(ctx, t, stakingC, staking.PackGetStake(attester1), staking.UnpackGetStake)
	require.Equal(t, uint8(0), info.Status, "NONE")
}
