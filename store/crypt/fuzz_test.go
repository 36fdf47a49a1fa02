package crypt

import (
	"bytes"
	"errors"
	"sync"
	"testing"

	"github.com/vetted-tui/vetted/internal/testbook"
	"github.com/vetted-tui/vetted/store"
	"github.com/vetted-tui/vetted/store/format"
)

// fuzzKey is one low-work-factor key for every fuzz input: unwrapping is
// not what is fuzzed, and scrypt per input would starve the fuzzer.
var fuzzKey = sync.OnceValues(func() (*Key, error) {
	return NewKey("correct horse battery", testWorkFactor)
})

// FuzzOpenEncrypted feeds the encrypted file parser arbitrary bytes around
// a real sealed notebook. It must never panic, must refuse with
// ErrNotEncrypted or a *format.Error, and, since age authenticates every
// byte, whatever it opens must be exactly the notebook that was sealed.
func FuzzOpenEncrypted(f *testing.F) {
	key, err := fuzzKey()
	if err != nil {
		f.Fatal(err)
	}
	plain, err := store.Encode(testbook.Answered(1))
	if err != nil {
		f.Fatal(err)
	}
	sealed, err := key.Seal(plain)
	if err != nil {
		f.Fatal(err)
	}
	f.Add(sealed)
	f.Add(sealed[:len(sealed)/2])
	f.Add([]byte(Magic))
	f.Add(append([]byte(Magic), key.wrapped...))
	f.Add(plain)
	f.Fuzz(func(t *testing.T, data []byte) {
		// UnlockKey cuts the header the same way; that must not panic.
		if wrapped, payload, err := splitEncrypted(data); err == nil && len(wrapped)+len(payload) > len(data) {
			t.Fatal("the parts are longer than the file")
		}
		got, err := key.Open(data)
		if err != nil {
			var fe *format.Error
			if !errors.Is(err, ErrNotEncrypted) && !errors.As(err, &fe) {
				t.Fatalf("got %T %v, want ErrNotEncrypted or a *format.Error", err, err)
			}
			return
		}
		if !bytes.Equal(got, plain) {
			t.Fatal("opened something other than what was sealed")
		}
	})
}
