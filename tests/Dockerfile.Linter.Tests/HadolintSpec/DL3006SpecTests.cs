namespace Dockerfile.Linter.Tests.HadolintSpec;

/// <summary>hadolint 2.15's specification cases for DL3006, in our words (see HADOLINT-SPEC.md).</summary>
public class DL3006SpecTests
{
    private const string Code = "DL3006";

    [Theory]
    [InlineData("FROM debian")]
    [InlineData("FROM debian AS builder")]
    [InlineData("FROM golang:1.9.3-alpine3.7 AS build\nRUN foo\nFROM node as unit-test\nRUN bar\nFROM alpine:3.7\nRUN baz", true)]
    public void Reported(string dockerfile, bool inOnbuildToo = false) => HadolintSpecRunner.Reported(Code, dockerfile, inOnbuildToo);

    [Theory]
    [InlineData("FROM ruby@sha256:f1dbca0f5dbc9")]
    [InlineData("FROM ruby:2")]
    [InlineData("FROM ${VALUE}")]
    [InlineData("FROM golang:1.9.3-alpine3.7 AS build\nRUN foo\nFROM build as unit-test\nRUN bar\nFROM alpine:3.7\nRUN baz", true)]
    [InlineData("FROM scratch")]
    public void NotReported(string dockerfile, bool inOnbuildToo = false) => HadolintSpecRunner.NotReported(Code, dockerfile, inOnbuildToo);
}
