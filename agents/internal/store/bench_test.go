package store

import (
	"fmt"
	"testing"

	"github.com/syndtr/goleveldb/leveldb"
	"github.com/syndtr/goleveldb/leveldb/opt"
	"github.com/syndtr/goleveldb/leveldb/util"
)

// BenchmarkGetMissing is a node's "is this transaction known?" under load: a lookup of a key
// the store does not hold, in a store of 300,000 transaction records on disk. Compare the
// store's options with goleveldb's defaults (no filter):
//
//	go test -run '^$' -bench GetMissing -benchtime 50000x ./agents/internal/store/
func BenchmarkGetMissing(b *testing.B) {
	for _, c := range []struct {
		name string
		o    *opt.Options
	}{{"options", options()}, {"defaults", &opt.Options{}}} {
		b.Run(c.name, func(b *testing.B) {
			db, err := leveldb.OpenFile(b.TempDir(), c.o)
			if err != nil {
				b.Fatal(err)
			}
			defer db.Close()
			val := make([]byte, 160)
			for i := 0; i < 300_000; i += 1000 {
				batch := new(leveldb.Batch)
				for j := i; j < i+1000; j++ {
					batch.Put(fmt.Appendf(nil, "app/tx/0x%064x", j*2), val)
				}
				if err := db.Write(batch, nil); err != nil {
					b.Fatal(err)
				}
			}
			if err := db.CompactRange(util.Range{}); err != nil {
				b.Fatal(err)
			}
			b.ResetTimer()
			for i := 0; i < b.N; i++ {
				if _, err := db.Get(fmt.Appendf(nil, "app/tx/0x%064x", (i%300_000)*2+1), nil); err != leveldb.ErrNotFound {
					b.Fatalf("missing key: %v", err)
				}
			}
		})
	}
}
