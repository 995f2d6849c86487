package devnet

import (
	"fmt"
	"os"
	"path/filepath"
	"syscall"
)

// Devnet port blocks: each devnet hands its agents ports from a block of portBlockSize ports
// at 20000 + block*portBlockSize, below Linux's ephemeral range (32768 and up). An agent that
// restarts binds its old ports again, so a block must belong to one devnet for the devnet's
// whole life, also against devnets of other processes (the test packages run side by side):
// the devnet holds an flock on the block's file, which the kernel drops when the process dies,
// even under kill -9. The lock files live in a directory of this user's ($TMPDIR/
// sptn-devnet-ports-<uid>, mode 0700, refused if it is anything else), so devnets run by one
// user with one TMPDIR exclude each other; devnets of other users or other TMPDIRs, and ports
// taken by anything else, are found taken when the block hands them out (port), not before.
const (
	portBlockBase  = 20000
	portBlockSize  = 270
	portBlockCount = 45
	// portBlocksEnd is the first port after the last block.
	portBlocksEnd = portBlockBase + portBlockCount*portBlockSize
)

// portBlock is a block of ports held by this process until release.
type portBlock struct {
	first int
	f     *os.File
}

// reservePortBlock takes the first free block starting at the one the L1 port names, so that
// devnets on other L1 ports usually keep the blocks they had before.
func reservePortBlock(l1Port int) (*portBlock, error) {
	dir, err := portLockDir()
	if err != nil {
		return nil, err
	}
	start := l1Port % portBlockCount
	for i := range portBlockCount {
		b := (start + i) % portBlockCount
		name := filepath.Join(dir, fmt.Sprintf("block-%02d.lock", b))
		// O_NOFOLLOW: a symlink planted in the directory is refused, not followed.
		f, err := os.OpenFile(name, os.O_CREATE|os.O_RDWR|syscall.O_NOFOLLOW|syscall.O_CLOEXEC, 0o600)
		if err != nil {
			return nil, fmt.Errorf("devnet: port blocks: %w", err)
		}
		if err := syscall.Flock(int(f.Fd()), syscall.LOCK_EX|syscall.LOCK_NB); err != nil {
			_ = f.Close()
			if err == syscall.EWOULDBLOCK {
				continue
			}
			return nil, fmt.Errorf("devnet: port blocks: lock %s: %w", name, err)
		}
		return &portBlock{first: portBlockBase + b*portBlockSize, f: f}, nil
	}
	return nil, fmt.Errorf("devnet: all %d port blocks (%d-%d) are held by other devnets on this machine: stop one",
		portBlockCount, portBlockBase, portBlocksEnd-1)
}

// portLockDir is this user's directory of lock files, created if missing. One that is not a
// directory of this user's closed to others (a symlink, another user's, group or world
// writable) is refused: whoever controls it could hold every block or point a lock file
// elsewhere.
func portLockDir() (string, error) {
	dir := filepath.Join(os.TempDir(), fmt.Sprintf("sptn-devnet-ports-%d", os.Getuid()))
	if err := os.Mkdir(dir, 0o700); err != nil && !os.IsExist(err) {
		return "", fmt.Errorf("devnet: port blocks: %w", err)
	}
	fi, err := os.Lstat(dir)
	if err != nil {
		return "", fmt.Errorf("devnet: port blocks: %w", err)
	}
	st, ok := fi.Sys().(*syscall.Stat_t)
	if !fi.IsDir() || !ok || int(st.Uid) != os.Getuid() || fi.Mode().Perm()&0o077 != 0 {
		return "", fmt.Errorf("devnet: port blocks: %s must be a directory of this user's with mode 0700 "+
			"(it is %s): remove it and start again", dir, fi.Mode())
	}
	return dir, nil
}

// ephemeralOverlap reports whether Linux's ephemeral port range (outgoing connections' ports,
// /proc/sys/net/ipv4/ip_local_port_range) reaches into the port blocks, and its first port: an
// agent's outgoing connection could then take a port handed out before its agent bound it.
func ephemeralOverlap() (int, bool) {
	raw, err := os.ReadFile("/proc/sys/net/ipv4/ip_local_port_range")
	if err != nil {
		return 0, false
	}
	var low, high int
	if _, err := fmt.Sscan(string(raw), &low, &high); err != nil {
		return 0, false
	}
	return low, low < portBlocksEnd && high >= portBlockBase
}

func (b *portBlock) release() {
	if b != nil && b.f != nil {
		_ = b.f.Close()
		b.f = nil
	}
}
