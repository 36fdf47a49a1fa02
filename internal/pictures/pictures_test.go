package main

import (
	"bytes"
	"encoding/xml"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// root is the repository's folder, seen from this package's.
const root = "../.."

// TestPicturesAreFresh fails when a picture in docs/pictures no longer
// shows what the app draws (or the comparison's golden view holds).
func TestPicturesAreFresh(t *testing.T) {
	list, err := screens(root)
	if err != nil {
		t.Fatal(err)
	}
	if len(list) != 3 {
		t.Fatalf("%d screens, want the roster, an interview and the comparison", len(list))
	}
	for _, s := range list {
		path := filepath.Join(root, picturesDir, s.name+".svg")
		have, err := os.ReadFile(path)
		if err != nil {
			t.Errorf("%s: %v; run: go run ./internal/pictures", s, err)
			continue
		}
		if !bytes.Equal(have, renderSVG(s.title, s.view)) {
			t.Errorf("%s is stale: the app draws %s differently now; run: go run ./internal/pictures", path, s.name)
		}
	}
}

// TestScreensShowTheDemo: the views are the screens they are named for,
// drawn on the demo notebook at 80x24.
func TestScreensShowTheDemo(t *testing.T) {
	list, err := screens(root)
	if err != nil {
		t.Fatal(err)
	}
	want := map[string][]string{
		"roster":     {"Therapists · 3", "Dr. Amara Lindqvist", "陈静 (Chen Jing)", "Sam Whitlock", "enter interview"},
		"interview":  {"Interview · Dr. Amara Lindqvist", "Why ask:", "Source:"},
		"comparison": {"Compare", "Fit score", "Fee per session"},
	}
	for _, s := range list {
		lines := strings.Split(strings.TrimRight(s.view, "\n"), "\n")
		if len(lines) != height {
			t.Errorf("%s has %d lines, want %d", s.name, len(lines), height)
		}
		for _, w := range want[s.name] {
			if !strings.Contains(s.view, w) {
				t.Errorf("%s lacks %q:\n%s", s.name, w, s.view)
			}
		}
		if strings.ContainsRune(s.view, '\x1b') {
			t.Errorf("%s holds an escape sequence", s.name)
		}
	}
}

// TestSVGIsWellFormedText: a picture is well-formed XML whose text is the
// view's, each run placed at its screen column, double-width characters
// included.
func TestSVGIsWellFormedText(t *testing.T) {
	view := "  Name   Status\n › 陈静 (Chen) <b> & \"x\"\n\n"
	svg := renderSVG(`a "title" & more`, view)
	dec := xml.NewDecoder(bytes.NewReader(svg))
	var text strings.Builder
	var xs []string
	for {
		tok, err := dec.Token()
		if err == io.EOF {
			break
		}
		if err != nil {
			t.Fatalf("not well-formed XML: %v\n%s", err, svg)
		}
		switch tok := tok.(type) {
		case xml.StartElement:
			for _, a := range tok.Attr {
				if tok.Name.Local == "tspan" && a.Name.Local == "x" {
					xs = append(xs, a.Value)
				}
			}
		case xml.CharData:
			text.Write(tok)
		}
	}
	for _, w := range []string{"Name   Status", "›", "陈", "静", " (Chen) <b> & \"x\"", `a "title" & more`} {
		if !strings.Contains(text.String(), w) {
			t.Errorf("the picture's text lacks %q: %q", w, text.String())
		}
	}
	// Columns: Name at 2; › at 1; 陈 at 3, 静 at 5 (each two wide); the
	// rest at 7.
	want := []string{"28.8", "20.4", "37.2", "54.0", "70.8"}
	if strings.Join(xs, " ") != strings.Join(want, " ") {
		t.Errorf("runs at x = %v, want %v", xs, want)
	}
}
