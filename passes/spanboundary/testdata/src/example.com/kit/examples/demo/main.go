// Command demo is an example: it does not make example.com/kit an
// application module.
package main

func main() {}
