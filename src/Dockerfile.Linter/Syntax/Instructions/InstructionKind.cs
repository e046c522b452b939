namespace Dockerfile.Linter.Syntax;

/// <summary>The Dockerfile instruction keywords BuildKit knows, plus <see cref="Unknown"/>.</summary>
public enum InstructionKind
{
    /// <summary>A keyword BuildKit does not know.</summary>
    Unknown,
    /// <summary>FROM</summary>
    From,
    /// <summary>RUN</summary>
    Run,
    /// <summary>CMD</summary>
    Cmd,
    /// <summary>LABEL</summary>
    Label,
    /// <summary>MAINTAINER</summary>
    Maintainer,
    /// <summary>EXPOSE</summary>
    Expose,
    /// <summary>ENV</summary>
    Env,
    /// <summary>ADD</summary>
    Add,
    /// <summary>COPY</summary>
    Copy,
    /// <summary>ENTRYPOINT</summary>
    Entrypoint,
    /// <summary>VOLUME</summary>
    Volume,
    /// <summary>USER</summary>
    User,
    /// <summary>WORKDIR</summary>
    Workdir,
    /// <summary>ARG</summary>
    Arg,
    /// <summary>ONBUILD</summary>
    Onbuild,
    /// <summary>STOPSIGNAL</summary>
    Stopsignal,
    /// <summary>HEALTHCHECK</summary>
    Healthcheck,
    /// <summary>SHELL</summary>
    Shell,
}
