package brief

import (
	"fmt"
	"io"
	"testing"

	"github.com/vetted-tui/vetted/store/pick"
)

// BenchmarkBriefFor renders the brief for the last of 500 therapists, the
// work of vetted brief --for and of b on the roster (Resolve included).
func BenchmarkBriefFor(b *testing.B) {
	nb := fixture()
	base := nb.Therapists[0]
	nb.Therapists = nil
	for i := range 500 {
		t := base
		t.ID, t.Name = fmt.Sprintf("%016x", i), fmt.Sprintf("Therapist %d", i)
		nb.Therapists = append(nb.Therapists, t)
	}
	for _, format := range Formats {
		b.Run(format, func(b *testing.B) {
			for b.Loop() {
				i, err := pick.Therapist(nb, "therapist 499")
				if err != nil {
					b.Fatal(err)
				}
				if err := Write(io.Discard, nb, format, Options{Therapist: i}); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}
