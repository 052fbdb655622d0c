// Command internal makes its module an application module.
package main

func main() {}
