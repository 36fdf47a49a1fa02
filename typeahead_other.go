//go:build !linux

package main

// dropTypeAhead would discard what was typed on the terminal fd and not
// read yet; elsewhere than Linux it does nothing, and keys typed while a
// passphrase is checked reach the app as typed.
func dropTypeAhead(fd int) {}
