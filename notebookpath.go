package main

import (
	"errors"
	"os"
	"path/filepath"
)

// notebookPath is --file, or else the default notebook path.
func notebookPath(file string) (string, error) {
	if file != "" {
		return file, nil
	}
	return defaultPath()
}

// defaultPath returns where the notebook lives when no --file is given:
// $VETTED_FILE if set, else $XDG_DATA_HOME/vetted/notebook.json, else
// ~/.local/share/vetted/notebook.json (the XDG default, also used on macOS
// so the file is easy to find from a terminal).
func defaultPath() (string, error) {
	if p := os.Getenv("VETTED_FILE"); p != "" {
		return p, nil
	}
	// The XDG spec says relative values are invalid and must be ignored.
	if d := os.Getenv("XDG_DATA_HOME"); d != "" && filepath.IsAbs(d) {
		return filepath.Join(d, "vetted", "notebook.json"), nil
	}
	home, err := os.UserHomeDir()
	if err != nil || home == "" {
		return "", errors.New("vetted: cannot find your home folder; set VETTED_FILE or use --file")
	}
	return filepath.Join(home, ".local", "share", "vetted", "notebook.json"), nil
}
