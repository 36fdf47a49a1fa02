package main

import (
	"errors"
	"strings"
	"testing"
)

// TestReadHidden: a line typed in raw mode, as the terminal sends it.
func TestReadHidden(t *testing.T) {
	for in, want := range map[string]string{
		"secret\r":                       "secret",
		"secret\n":                       "secret",
		"secc\x7fret\r":                  "secret",
		"wrong\x15right\r":               "right",
		"pa\x1b[Dss\r":                   "pass", // an arrow key is not typed text
		"pässwört\x7f\x7f\r":             "pässwö",
		"a\x1bOPb\r":                     "ab",
		"x\x01y\r":                       "xy",
		"first\rsecond\r":                "first",
		strings.Repeat("a", 5000) + "\r": strings.Repeat("a", maxPassphrase),
	} {
		got, err := readHidden(strings.NewReader(in))
		if err != nil || got != want {
			t.Errorf("readHidden(%q) = %q, %v; want %q", in, got, err, want)
		}
	}
	for _, in := range []string{"abc\x03", "\x04", "abc"} {
		if _, err := readHidden(strings.NewReader(in)); !errors.Is(err, errCancelled) {
			t.Errorf("readHidden(%q): %v, want errCancelled", in, err)
		}
	}
}

// TestCleanWriterKeepsRawModeLineEnds: a prompt's CR LF survives the
// cleaning of stderr, and an escape sequence still does not.
func TestCleanWriterKeepsRawModeLineEnds(t *testing.T) {
	var out strings.Builder
	_, _ = cleanWriter{&out}.Write([]byte("Checking…\x1b]0;x\x07\r\n"))
	if got := out.String(); got != "Checking…\r\n" {
		t.Errorf("got %q", got)
	}
}
