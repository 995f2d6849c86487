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
// even under kill -9.
const (
	portBlockBase  = 20000
	portBlockSize  = 270
	portBlockCount = 45
)

// portBlock is a block of ports held by this process until release.
type portBlock struct {
	first int
	f     *os.File
}

// reservePortBlock takes the first free block starting at the one the L1 port names, so that
// devnets on other L1 ports usually keep the blocks they had before.
func reservePortBlock(l1Port int) (*portBlock, error) {
	dir := filepath.Join(os.TempDir(), fmt.Sprintf("sptn-devnet-ports-%d", os.Getuid()))
	if err := os.MkdirAll(dir, 0o700); err != nil {
		return nil, fmt.Errorf("devnet: port blocks: %w", err)
	}
	start := l1Port % portBlockCount
	for i := range portBlockCount {
		b := (start + i) % portBlockCount
		f, err := os.OpenFile(filepath.Join(dir, fmt.Sprintf("block-%02d.lock", b)), os.O_CREATE|os.O_RDWR, 0o600)
		if err != nil {
			return nil, fmt.Errorf("devnet: port blocks: %w", err)
		}
		if err := syscall.Flock(int(f.Fd()), syscall.LOCK_EX|syscall.LOCK_NB); err != nil {
			_ = f.Close()
			if err == syscall.EWOULDBLOCK {
				continue
			}
			return nil, fmt.Errorf("devnet: port blocks: lock %s: %w", f.Name(), err)
		}
		return &portBlock{first: portBlockBase + b*portBlockSize, f: f}, nil
	}
	return nil, fmt.Errorf("devnet: all %d port blocks (%d-%d) are held by other devnets on this machine: stop one",
		portBlockCount, portBlockBase, portBlockBase+portBlockCount*portBlockSize-1)
}

func (b *portBlock) release() {
	if b != nil && b.f != nil {
		_ = b.f.Close()
		b.f = nil
	}
}
