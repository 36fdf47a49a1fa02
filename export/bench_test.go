package export

import (
	"fmt"
	"io"
	"testing"

	"github.com/vetted-tui/vetted/demo"
	"github.com/vetted-tui/vetted/internal/testbook"
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

// BenchmarkExportCSV measures a whole CSV export at two sizes: its cost
// must grow in step with the therapists (500 costs about 10× 50), not
// with their square.
func BenchmarkExportCSV(b *testing.B) {
	for _, n := range []int{50, 500} {
		nb := bigNotebook(n)
		b.Run(fmt.Sprintf("therapists=%d", n), func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				if err := Write(io.Discard, nb, "csv"); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}

// BenchmarkExportCheckIns measures the exports of 100 therapists with and
// without three check-ins each: what the check-in rows and part add.
func BenchmarkExportCheckIns(b *testing.B) {
	for _, with := range []bool{false, true} {
		nb := bigNotebook(100)
		if with {
			for i := range nb.Therapists {
				nb.Therapists[i].CheckIns = testbook.CheckIns()
			}
		}
		for _, f := range []string{FormatMarkdown, FormatCSV, FormatXLSX} {
			b.Run(fmt.Sprintf("%s/checkins=%v", f, with), func(b *testing.B) {
				for b.Loop() {
					if err := Write(io.Discard, nb, f); err != nil {
						b.Fatal(err)
					}
				}
			})
		}
	}
}
