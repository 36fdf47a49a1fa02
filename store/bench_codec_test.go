package store

import (
	"fmt"
	"testing"

	"github.com/vetted-tui/vetted/checklist"
)

// codecSizes are the roster sizes the codec's benchmarks run at.
var codecSizes = []int{500, 5000}

// BenchmarkEncode measures writing a whole notebook with nothing kept: an
// export, or the first save.
func BenchmarkEncode(b *testing.B) {
	for _, n := range codecSizes {
		b.Run(fmt.Sprintf("therapists=%d", n), func(b *testing.B) {
			nb := sampleNotebook(b, n)
			b.ReportAllocs()
			for b.Loop() {
				if _, err := Encode(nb); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}

// BenchmarkEncodeOneChange measures the encoding part of a save after one
// changed answer: every other therapist's bytes are kept from the last one.
func BenchmarkEncodeOneChange(b *testing.B) {
	for _, n := range codecSizes {
		b.Run(fmt.Sprintf("therapists=%d", n), func(b *testing.B) {
			nb := sampleNotebook(b, n)
			var c encodeCache
			if _, err := c.encode(nb); err != nil {
				b.Fatal(err)
			}
			b.ReportAllocs()
			i := 0
			for b.Loop() {
				i++
				t := &nb.Therapists[i%n]
				a := t.Answers[checklist.QFee]
				a.Note = fmt.Sprintf("change %d", i)
				t.SetAnswer(checklist.QFee, a)
				if _, err := c.encode(nb); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}

// BenchmarkDecode measures reading a notebook as vetted writes it, without
// the file: the fast path and the checks.
func BenchmarkDecode(b *testing.B) {
	for _, n := range codecSizes {
		b.Run(fmt.Sprintf("therapists=%d", n), func(b *testing.B) {
			data, err := Encode(sampleNotebook(b, n))
			if err != nil {
				b.Fatal(err)
			}
			b.ReportAllocs()
			b.SetBytes(int64(len(data)))
			for b.Loop() {
				if _, err := Decode(data); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}
