package disk

import (
	"fmt"
	"path/filepath"
	"testing"

	"github.com/vetted-tui/vetted/internal/testbook"
	"github.com/vetted-tui/vetted/store/crypt"
)

// BenchmarkSaveEncrypted measures a full save of the same notebook plain
// and encrypted, side by side, so the cost of encryption is the difference
// between the two sub-benchmarks (target: at most 10 ms more per save).
func BenchmarkSaveEncrypted(b *testing.B) {
	for _, n := range benchSizes {
		nb := testbook.Answered(n)
		for _, mode := range []string{"plain", "encrypted"} {
			b.Run(fmt.Sprintf("therapists=%d/%s", n, mode), func(b *testing.B) {
				path := filepath.Join(b.TempDir(), "notebook.json")
				var f *File
				var err error
				if mode == "plain" {
					f, _, err = Open(path)
				} else {
					// The work factor only affects unlocking, not saves.
					f, _, err = OpenWithKey(path, newTestKey(b, "correct horse battery"))
				}
				if err != nil {
					b.Fatal(err)
				}
				defer f.Close()
				benchSaves(b, f, nb, path)
			})
		}
	}
}

// BenchmarkOpenEncrypted measures starting up with an encrypted notebook
// of 500 therapists at the real work factor: unwrapping the key with the
// passphrase (one scrypt run), then Open's lock, read, decrypt, decode
// (target: at most 1.5 s).
func BenchmarkOpenEncrypted(b *testing.B) {
	const n = 500
	path := filepath.Join(b.TempDir(), "notebook.json")
	key, err := crypt.NewKey("correct horse battery", crypt.DefaultWorkFactor)
	if err != nil {
		b.Fatal(err)
	}
	if err := EncryptFile(path, key); err != nil {
		b.Fatal(err)
	}
	f, _, err := OpenWithKey(path, key)
	if err != nil {
		b.Fatal(err)
	}
	if err := f.Save(testbook.Answered(n), 1); err != nil {
		b.Fatal(err)
	}
	f.Close()
	b.ReportAllocs()
	for b.Loop() {
		k, err := UnlockKey(path, "correct horse battery")
		if err != nil {
			b.Fatal(err)
		}
		f, nb, err := OpenWithKey(path, k)
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
}
