module example.com/partialfix

go 1.26
