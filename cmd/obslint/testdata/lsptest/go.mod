module example.com/lsptest

go 1.26
