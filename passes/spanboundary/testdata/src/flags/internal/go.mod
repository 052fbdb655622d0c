module flags/internal

go 1.26
