package csvimport

import (
	"bytes"
	"testing"

	"github.com/vetted-tui/vetted/demo"
	"github.com/vetted-tui/vetted/export"
	"github.com/vetted-tui/vetted/store"
)

// BenchmarkImportXLSX imports the demo's xlsx export into a fresh
// notebook: the cost of one exec of FuzzImportXLSX, mostly excelize's.
func BenchmarkImportXLSX(b *testing.B) {
	var buf bytes.Buffer
	if err := export.XLSX(&buf, demo.Notebook()); err != nil {
		b.Fatal(err)
	}
	for b.Loop() {
		if _, err := Import(store.New(), buf.Bytes(), Options{}, now); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkImportCSV is BenchmarkImportXLSX for the CSV export.
func BenchmarkImportCSV(b *testing.B) {
	var buf bytes.Buffer
	if err := export.CSV(&buf, demo.Notebook()); err != nil {
		b.Fatal(err)
	}
	for b.Loop() {
		if _, err := Import(store.New(), buf.Bytes(), Options{}, now); err != nil {
			b.Fatal(err)
		}
	}
}
