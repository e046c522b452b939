module example.com/monorepo/libs/shared

go 1.23
