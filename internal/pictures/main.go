// Command pictures draws the pictures in docs/pictures (the roster, an
// interview and the comparison) from the app's own views, as SVG text.
// Run it from the repository's folder after a change to a screen:
//
//	go run ./internal/pictures
//
// TestPicturesAreFresh fails until it has been run.
package main

import (
	"fmt"
	"os"
	"path/filepath"
)

// picturesDir is where the pictures go, under the repository's folder.
const picturesDir = "docs/pictures"

func main() {
	if err := write("."); err != nil {
		fmt.Fprintln(os.Stderr, "pictures:", err)
		os.Exit(1)
	}
}

// write draws every picture under root.
func write(root string) error {
	list, err := screens(root)
	if err != nil {
		return err
	}
	dir := filepath.Join(root, picturesDir)
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return err
	}
	for _, s := range list {
		path := filepath.Join(dir, s.name+".svg")
		if err := os.WriteFile(path, renderSVG(s.title, s.view), 0o644); err != nil {
			return err
		}
		fmt.Println("wrote", path)
	}
	return nil
}
