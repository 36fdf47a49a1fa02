package disk

import (
	"fmt"
	"os"
	"path/filepath"
	"testing"

	"github.com/vetted-tui/vetted/internal/testbook"
	"github.com/vetted-tui/vetted/store"
)

// benchSizes are roster sizes: a typical search, and a stress case of 500
// therapists with every catalogue question answered.
var benchSizes = []int{10, 500}

// BenchmarkSave measures a full atomic save: encode, temp file, fsync, keep
// .prev, rename, folder fsync. It reports the file size as file-bytes.
func BenchmarkSave(b *testing.B) {
	for _, n := range benchSizes {
		b.Run(fmt.Sprintf("therapists=%d", n), func(b *testing.B) {
			nb := testbook.Answered(n)
			path := filepath.Join(b.TempDir(), "notebook.json")
			f, _, err := Open(path)
			if err != nil {
				b.Fatal(err)
			}
			defer f.Close()
			benchSaves(b, f, nb, path)
		})
	}
}

// benchSaves measures saving nb through f again and again, after one save
// first so that every measured save also keeps a .prev, and reports the
// file size.
func benchSaves(b *testing.B, f *File, nb *store.Notebook, path string) {
	if err := f.Save(nb, 0); err != nil {
		b.Fatal(err)
	}
	b.ReportAllocs()
	b.ResetTimer()
	rev := uint64(0)
	for b.Loop() {
		rev++
		if err := f.Save(nb, rev); err != nil {
			b.Fatal(err)
		}
	}
	b.StopTimer()
	reportSize(b, path)
}

// BenchmarkLoad measures starting up: Open (lock, leftover scan, read,
// decode, validate) and Close.
func BenchmarkLoad(b *testing.B) {
	for _, n := range append(benchSizes, 5000) {
		b.Run(fmt.Sprintf("therapists=%d", n), func(b *testing.B) {
			path := filepath.Join(b.TempDir(), "notebook.json")
			data, err := store.Encode(testbook.Answered(n))
			if err != nil {
				b.Fatal(err)
			}
			if err := os.WriteFile(path, data, 0o600); err != nil {
				b.Fatal(err)
			}
			b.ReportAllocs()
			b.ResetTimer()
			for b.Loop() {
				f, nb, err := Open(path)
				if err != nil {
					b.Fatal(err)
				}
				if len(nb.Therapists) != n {
					b.Fatalf("loaded %d therapists, want %d", len(nb.Therapists), n)
				}
				_ = f.Close()
			}
			b.StopTimer()
			reportSize(b, path)
		})
	}
}

func reportSize(b *testing.B, path string) {
	info, err := os.Stat(path)
	if err != nil {
		b.Fatal(err)
	}
	b.ReportMetric(float64(info.Size()), "file-bytes")
}
