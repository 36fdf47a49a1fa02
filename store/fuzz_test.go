package store

import (
	"bytes"
	"testing"

	"github.com/vetted-tui/vetted/store/format"
)

// FuzzDecode feeds Decode arbitrary bytes: it must never panic, must refuse
// with a *format.Error or accept, and whatever it accepts must survive an
// Encode/Decode round trip unchanged. Seeds are the corrupt cases of
// codec_test.go and the files in testdata/fuzz/FuzzDecode (a valid notebook
// among them); a large valid seed makes the fuzzer spend minutes minimising.
func FuzzDecode(f *testing.F) {
	for _, tc := range corrupt {
		f.Add([]byte(tc.data))
	}
	f.Add([]byte(`{"version": 2, "therapists": [{"id": "b", "name": "B", "status": ""}], "deleted": [{"id": "a", "name": "A", "status": "", "deleted_at": "2026-01-02T03:04:05Z", "place": 1}]}`))
	f.Fuzz(func(t *testing.T, data []byte) {
		nb, err := Decode(data)
		if err != nil {
			if _, ok := err.(*format.Error); !ok {
				t.Fatalf("got %T, want *format.Error", err)
			}
			return
		}
		once, err := Encode(nb)
		if err != nil {
			t.Fatalf("accepted but cannot encode: %v", err)
		}
		back, err := Decode(once)
		if err != nil {
			t.Fatalf("accepted, encoded, then refused: %v", err)
		}
		twice, err := Encode(back)
		if err != nil {
			t.Fatal(err)
		}
		if !bytes.Equal(once, twice) {
			t.Fatal("encoding is not stable across a round trip")
		}
	})
}
