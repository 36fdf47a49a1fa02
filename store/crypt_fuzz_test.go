package store

import (
	"bytes"
	"errors"
	"sync"
	"testing"
)

// fuzzKey is one low-work-factor key for every fuzz input: unwrapping is
// not what is fuzzed, and scrypt per input would starve the fuzzer.
var fuzzKey = sync.OnceValues(func() (*Key, error) {
	return NewKey("correct horse battery", cryptTestWorkFactor)
})

// FuzzOpenEncrypted feeds the encrypted file parser arbitrary bytes around
// a real sealed notebook. It must never panic, must refuse with
// ErrNotEncrypted or a *FormatError, and, since age authenticates every
// byte, whatever it opens must be exactly the notebook that was sealed.
func FuzzOpenEncrypted(f *testing.F) {
	key, err := fuzzKey()
	if err != nil {
		f.Fatal(err)
	}
	plain, err := Encode(sampleNotebook(f, 1))
	if err != nil {
		f.Fatal(err)
	}
	sealed, err := key.seal(plain)
	if err != nil {
		f.Fatal(err)
	}
	f.Add(sealed)
	f.Add(sealed[:len(sealed)/2])
	f.Add([]byte(encryptedMagic))
	f.Add(append([]byte(encryptedMagic), key.wrapped...))
	f.Add(plain)
	f.Fuzz(func(t *testing.T, data []byte) {
		// UnlockKey cuts the header the same way; that must not panic.
		if wrapped, payload, err := splitEncrypted(data); err == nil && len(wrapped)+len(payload) > len(data) {
			t.Fatal("the parts are longer than the file")
		}
		got, err := key.open(data)
		if err != nil {
			var fe *FormatError
			if !errors.Is(err, ErrNotEncrypted) && !errors.As(err, &fe) {
				t.Fatalf("got %T %v, want ErrNotEncrypted or a *FormatError", err, err)
			}
			return
		}
		if !bytes.Equal(got, plain) {
			t.Fatal("opened something other than what was sealed")
		}
	})
}
