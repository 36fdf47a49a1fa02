//go:build !linux && !darwin

package disk

import "errors"

// exchange is not available here: every save takes the fallback, a
// rename after keeping the old file by a hard link (see File.renameOver in replace.go).
func exchange(a, b string) error { return errors.ErrUnsupported }

// exchangeUnsupported reports whether err is exchange's refusal.
func exchangeUnsupported(err error) bool { return errors.Is(err, errors.ErrUnsupported) }
