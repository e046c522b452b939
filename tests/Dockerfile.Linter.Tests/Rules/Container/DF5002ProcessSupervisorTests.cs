using Dockerfile.Linter.Rules;

namespace Dockerfile.Linter.Tests.Rules.Container;

public class DF5002ProcessSupervisorTests
{
    [Theory]
    [InlineData("FROM node:22\nENTRYPOINT [\"tini\", \"--\"]\nCMD [\"node\", \"server.js\"]\n")]
    [InlineData("FROM node:22\nENTRYPOINT [\"dumb-init\", \"node\", \"server.js\"]\n")]
    [InlineData("FROM node:22\nCMD [\"./init\"]\n")]
    [InlineData("FROM debian:12-slim\nRUN supervisord --version\n")]
    public void Valid(string dockerfile) => RuleTester.Valid<DF5002ProcessSupervisor>(dockerfile);

    [Theory]
    [InlineData("FROM debian:12-slim\nCMD [[|\"/usr/bin/supervisord\"|], \"-n\"]\n")]
    [InlineData("FROM debian:12-slim\nCMD [|supervisord|] -c /etc/supervisord.conf\n")]
    [InlineData("FROM alpine:3.20\nENTRYPOINT [[|\"/init\"|]]\n")]
    [InlineData("FROM alpine:3.20\nENTRYPOINT [\"/sbin/tini\", \"--\", [|\"s6-svscan\"|], \"/etc/s6\"]\n")]
    [InlineData("FROM centos:7\nCMD [[|\"/usr/sbin/init\"|]]\n")]
    [InlineData("FROM phusion/baseimage:jammy-1.0.4\nCMD [[|\"/sbin/my_init\"|]]\n")]
    [InlineData("FROM python:3.12\nCMD [|honcho|] start\n")]
    [InlineData("FROM debian:12-slim\nONBUILD CMD [|runsvdir|] /etc/service\n")]
    public void Invalid(string marked) => RuleTester.Invalid<DF5002ProcessSupervisor>(marked);
}
