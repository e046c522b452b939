using Dockerfile.Linter.Rules;

namespace Dockerfile.Linter.Tests.Rules.Container;

public class DF5006DatabaseDataWithoutVolumeTests
{
    [Theory]
    [InlineData("FROM postgres:16\nCOPY init.sql /docker-entrypoint-initdb.d/\n")]
    [InlineData("FROM postgres:16\nCMD [\"postgres\", \"-c\", \"max_connections=200\"]\n")] // the official image declares the volume
    [InlineData("FROM debian:12-slim\nRUN apt-get update && apt-get install -y postgresql-client redis-tools\n")]
    [InlineData("FROM debian:12-slim\nRUN apt-get update && apt-get install -y postgresql\nVOLUME /var/lib/postgresql/data\n")]
    [InlineData("FROM alpine:3.20\nRUN apk add --no-cache redis\nVOLUME /data\n")]
    [InlineData("FROM alpine:3.20 AS build\nRUN apk add --no-cache redis\nFROM alpine:3.20\nCMD [\"sh\"]\n")] // not the final stage
    [InlineData("FROM fedora:40\nRUN dnf install -y mariadb\n")] // the client on Fedora
    [InlineData("FROM redis:7-alpine AS base\nFROM base\nCMD [\"redis-server\", \"--appendonly\", \"yes\"]\n")]
    public void Valid(string dockerfile) => RuleTester.Valid<DF5006DatabaseDataWithoutVolume>(dockerfile);

    [Theory]
    [InlineData("FROM debian:12-slim\nRUN apt-get update && apt-get install -y --no-install-recommends [|postgresql|]\n")]
    [InlineData("FROM alpine:3.20\nRUN apk add --no-cache [|redis|]\nCMD [\"redis-server\"]\n")]
    [InlineData("FROM alpine:3.20\nRUN apk add --no-cache [|mariadb|] mariadb-client\n")]
    [InlineData("FROM centos:7\nRUN yum install -y [|mongodb-server|] && yum clean all\nVOLUME /var/log\n")]
    [InlineData("FROM debian:12-slim AS base\nRUN apt-get install -y [|mysql-server=8.0.36-1|]\nFROM base\nCMD [\"mysqld\"]\n")]
    [InlineData("FROM ubuntu:24.04\nCOPY mongod /usr/bin/mongod\nCMD [[|\"mongod\"|]]\n")]
    public void Invalid(string marked) => RuleTester.Invalid<DF5006DatabaseDataWithoutVolume>(marked);
}
