package main

import (
	"fmt"
	"io"
	"os"
	"path/filepath"
	"slices"

	"github.com/spf13/cobra"

	"github.com/vetted-tui/vetted/export"
)

// newExportCmd is vetted export.
func newExportCmd(s *streams) *cobra.Command {
	var format string
	var bom bool
	c := &cobra.Command{
		Use:   "export [--file PATH | --demo] [--format md|csv|json|xlsx] [--out FILE] [--force] [--bom]",
		Short: "write the comparison without opening the app (Markdown, CSV, JSON or xlsx)",
		Long: `Writes the comparison of your notebook without opening the app: Markdown to
read or print, CSV or xlsx for a spreadsheet, or JSON (the whole notebook,
as vetted stores it). The notebook is only read: nothing in it changes, and
the export works while the app is open.

An export holds the same private notes as your notebook: keep it safe. It is
never encrypted, even when the notebook is (which asks for its passphrase,
or reads VETTED_PASSPHRASE).`,
		Example: `  vetted export --out comparison.md
  vetted export --format csv --bom --out comparison.csv
  vetted export --demo --format md | less`,
		Args:                  noArgs,
		DisableFlagsInUseLine: true,
	}
	rf := addReaderFlags(c, "the notebook to export")
	c.Flags().StringVar(&format, "format", "", "output `FORMAT`: md, csv, json or xlsx (default: from the --out name, else md); text formats are UTF-8; xlsx is a binary file and needs --out")
	c.Flags().BoolVar(&bom, "bom", false, "start a CSV with a UTF-8 byte-order mark, for spreadsheet programs that garble names without one")
	completeFormats(c, export.Formats)
	c.RunE = func(*cobra.Command, []string) error {
		return status(runExport(rf, format, bom, s.out, s.err))
	}
	return c
}

// runExport writes the comparison of a notebook without a terminal. It reads
// the notebook without taking the app's lock and without creating anything,
// so it runs beside an open app and never leaves a file where there was
// none. Errors name files and problems, never notebook content.
func runExport(rf *readerFlags, format string, bom bool, stdout, stderr io.Writer) int {
	if code, done := rf.check("export", stderr); done {
		return code
	}
	f, problem := exportFormat(format, rf.out, bom)
	if problem != "" {
		return usageError(stderr, "export", problem)
	}
	opts := export.Options{BOM: bom}
	nb, toFile, code, done := rf.open("export", "export", stderr)
	if done {
		return code
	}
	return rf.emit("export", toFile, func(w io.Writer) error {
		return export.WriteWith(w, nb, f, opts)
	}, "", stdout, stderr)
}

// exportFormat settles the format from --format, else the --out name's
// extension, else Markdown, and checks it goes with the other flags. It
// returns the format, or what is wrong with the command line.
func exportFormat(format, out string, bom bool) (string, string) {
	f := format
	if f == "" {
		f = export.FormatFor(out)
	}
	if f == "" {
		f = export.FormatMarkdown
	}
	switch {
	case !slices.Contains(export.Formats, f):
		return "", fmt.Sprintf("unknown format %q: use md, csv, json or xlsx", f)
	case bom && f != export.FormatCSV:
		return "", "--bom is for CSV only"
	case f == export.FormatXLSX && out == "":
		return "", "xlsx is a binary file: give --out FILE (or --out - to pipe it)"
	}
	return f, ""
}

// isNotebookFile reports whether out names the notebook at path, or the
// .prev or .lock file the app keeps beside it, however either is spelt:
// relative or absolute, through symlinked folders, or (for files that
// exist) through a symlink or hard link to the same file. An export
// written there would replace the person's data.
func isNotebookFile(out, path string) bool {
	var guarded []string
	for _, base := range []string{path, resolved(path)} {
		for _, suffix := range []string{"", ".prev", ".lock"} {
			guarded = append(guarded, base+suffix)
		}
	}
	where := location(out)
	outInfo, outErr := os.Stat(out)
	for _, g := range guarded {
		if location(g) == where {
			return true
		}
		if outErr != nil {
			continue
		}
		if info, err := os.Stat(g); err == nil && os.SameFile(outInfo, info) {
			return true
		}
	}
	return false
}

// resolved returns path with its symlinks followed, as the store opens it,
// or path itself when that fails (a missing file).
func resolved(path string) string {
	if r, err := filepath.EvalSymlinks(path); err == nil {
		return r
	}
	return path
}

// location returns an absolute, cleaned form of path with the symlinks of
// its folder followed, so that two spellings of one place compare equal
// even when the file itself does not exist yet.
func location(path string) string {
	abs, err := filepath.Abs(path)
	if err != nil {
		return filepath.Clean(path)
	}
	if dir, err := filepath.EvalSymlinks(filepath.Dir(abs)); err == nil {
		return filepath.Join(dir, filepath.Base(abs))
	}
	return abs
}

// outputTarget finds the notebook a command reads (--file, else the
// default path; with --demo that path only names a file to keep safe) and
// whether --out names a file rather than standard output. It refuses an
// --out that is the notebook, its .prev or its .lock, whatever the command
// writes (what: "export", "brief"...). done says: return code at once.
func outputTarget(cmd, what, file, out string, useDemo bool, stderr io.Writer) (path string, toFile bool, code int, done bool) {
	path, err := notebookPath(file)
	if err != nil && !useDemo {
		fmt.Fprintln(stderr, err)
		return "", false, exitError, true
	}
	toFile = out != "" && out != "-"
	if toFile && path != "" && isNotebookFile(out, path) {
		return "", false, usageError(stderr, cmd, out+" is your notebook (or its .prev or .lock file); writing the "+what+" there would replace it. Choose another file."), true
	}
	return path, toFile, exitOK, false
}
