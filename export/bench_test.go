package export

import (
	"fmt"
	"io"
	"testing"

	"github.com/vetted-tui/vetted/demo"
	"github.com/vetted-tui/vetted/store"
)

// bigNotebook repeats the demo's therapists until there are n.
func bigNotebook(n int) *store.Notebook {
	nb := demo.Notebook()
	base := nb.Therapists
	nb.Therapists = nil
	for i := 0; i < n; i++ {
		t := base[i%len(base)]
		t.ID = fmt.Sprintf("t%d", i)
		nb.Therapists = append(nb.Therapists, t)
	}
	return nb
}

func BenchmarkExport(b *testing.B) {
	for _, n := range []int{10, 100} {
		nb := bigNotebook(n)
		for _, f := range Formats {
			b.Run(fmt.Sprintf("%s/%d", f, n), func(b *testing.B) {
				for b.Loop() {
					if err := Write(io.Discard, nb, f); err != nil {
						b.Fatal(err)
					}
				}
			})
		}
	}
}
