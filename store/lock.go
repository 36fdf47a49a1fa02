package store

import "github.com/gofrs/flock"

var _ = flock.New
