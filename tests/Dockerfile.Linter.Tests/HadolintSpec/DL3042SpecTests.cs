namespace Dockerfile.Linter.Tests.HadolintSpec;

/// <summary>hadolint 2.15's specification cases for DL3042, in our words (see HADOLINT-SPEC.md).</summary>
public class DL3042SpecTests
{
    private const string Code = "DL3042";

    [Theory]
    [InlineData("RUN pip2 install MySQL_python", true)]
    [InlineData("RUN pip3 install MySQL_python", true)]
    [InlineData("RUN pip install MySQL_python", true)]
    [InlineData("ENV PIP_NO_CACHE_DIR=0\nRUN pip install MySQL_python")]
    [InlineData("ENV PIP_NO_CACHE_DIR=off\nRUN pip install MySQL_python")]
    [InlineData("ENV PIP_NO_CACHE_DIR=no\nRUN pip install MySQL_python")]
    [InlineData("ENV PIP_NO_CACHE_DIR=false\nRUN pip install MySQL_python")]
    [InlineData("RUN PIP_NO_CACHE_DIR=0 pip install MySQL_python")]
    [InlineData("RUN PIP_NO_CACHE_DIR=off pip install MySQL_python")]
    [InlineData("RUN PIP_NO_CACHE_DIR=no pip install MySQL_python")]
    [InlineData("RUN PIP_NO_CACHE_DIR=false pip install MySQL_python")]
    [InlineData("RUN export PIP_NO_CACHE_DIR=0 && pip install MySQL_python")]
    [InlineData("RUN export PIP_NO_CACHE_DIR=off && pip install MySQL_python")]
    [InlineData("RUN export PIP_NO_CACHE_DIR=no && pip install MySQL_python")]
    [InlineData("RUN export PIP_NO_CACHE_DIR=false && pip install MySQL_python")]
    [InlineData("FROM debian:buster as base\nENV PIP_NO_CACHE_DIR=1\nFROM debian:buster\nRUN pip install six\n")]
    public void Reported(string dockerfile, bool inOnbuildToo = false) => HadolintSpecRunner.Reported(Code, dockerfile, inOnbuildToo);

    [Theory]
    [InlineData("RUN pip2 install MySQL_python --no-cache-dir", true)]
    [InlineData("RUN pip3 install --no-cache-dir MySQL_python", true)]
    [InlineData("RUN pip install MySQL_python --no-cache-dir", true)]
    [InlineData("RUN pipx install software")]
    [InlineData("RUN pipenv install library", true)]
    [InlineData("ENV PIP_NO_CACHE_DIR=1\nRUN pip install MySQL_python")]
    [InlineData("ENV PIP_NO_CACHE_DIR=on\nRUN pip install MySQL_python")]
    [InlineData("ENV PIP_NO_CACHE_DIR=yes\nRUN pip install MySQL_python")]
    [InlineData("ENV PIP_NO_CACHE_DIR=true\nRUN pip install MySQL_python")]
    [InlineData("RUN PIP_NO_CACHE_DIR=1 pip install MySQL_python")]
    [InlineData("RUN PIP_NO_CACHE_DIR=on pip install MySQL_python")]
    [InlineData("RUN PIP_NO_CACHE_DIR=yes pip install MySQL_python")]
    [InlineData("RUN PIP_NO_CACHE_DIR=true pip install MySQL_python")]
    [InlineData("RUN export PIP_NO_CACHE_DIR=1 && pip install MySQL_python")]
    [InlineData("RUN export PIP_NO_CACHE_DIR=on && pip install MySQL_python")]
    [InlineData("RUN export PIP_NO_CACHE_DIR=yes && pip install MySQL_python")]
    [InlineData("RUN export PIP_NO_CACHE_DIR=true && pip install MySQL_python")]
    [InlineData("FROM debian:buster as base\nENV PIP_NO_CACHE_DIR=1\nFROM base\nRUN pip install six\n")]
    public void NotReported(string dockerfile, bool inOnbuildToo = false) => HadolintSpecRunner.NotReported(Code, dockerfile, inOnbuildToo);

    [Theory]
    [InlineData("Run pipx install software")]
    public void NotReportedInOnbuild(string dockerfile) => HadolintSpecRunner.NotReportedInOnbuild(Code, dockerfile);

    // Instructions before the first FROM form an implicit stage: the ENV applies to the RUN after it (issue 11), and
    // options from variables count (`PIP_OPTS`).
    [Theory]
    [InlineData("ENV PIP_NO_CACHE_DIR=1\nRUN pip install x\nFROM python:3.12\n")]
    [InlineData("FROM python:3.12\nARG PIP_OPTS=\"--no-cache-dir --quiet\"\nRUN pip install $PIP_OPTS x==1\n")]
    public void ImplicitStageNotReported(string dockerfile) => HadolintSpecRunner.NotReported(Code, dockerfile);
}
