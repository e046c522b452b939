namespace Dockerfile.Linter.Syntax;

/// <summary>The Dockerfile instruction keywords BuildKit knows, plus <see cref="Unknown"/>.</summary>
public enum InstructionKind
{
    /// <summary>A keyword BuildKit does not know.</summary>
    Unknown,
    /// <summary><c>FROM</c>: starts a build stage from a base image or an earlier stage.</summary>
    From,
    /// <summary><c>RUN</c>: runs a command while building the image.</summary>
    Run,
    /// <summary><c>CMD</c>: the container's default command (or default arguments of the entrypoint).</summary>
    Cmd,
    /// <summary><c>LABEL</c>: key-value metadata stored in the image.</summary>
    Label,
    /// <summary><c>MAINTAINER</c>: the deprecated author field (a label does the same job).</summary>
    Maintainer,
    /// <summary><c>EXPOSE</c>: ports the container listens on (documentation only; publishing is done at run time).</summary>
    Expose,
    /// <summary><c>ENV</c>: environment variables for later instructions and the running container.</summary>
    Env,
    /// <summary><c>ADD</c>: copies files, URLs or git repositories into the image, unpacking local archives.</summary>
    Add,
    /// <summary><c>COPY</c>: copies files from the build context or another stage into the image.</summary>
    Copy,
    /// <summary><c>ENTRYPOINT</c>: the executable the container runs.</summary>
    Entrypoint,
    /// <summary><c>VOLUME</c>: paths that become anonymous volumes at run time.</summary>
    Volume,
    /// <summary><c>USER</c>: the user (and group) for later instructions and the running container.</summary>
    User,
    /// <summary><c>WORKDIR</c>: the working directory for later instructions and the running container.</summary>
    Workdir,
    /// <summary><c>ARG</c>: a build argument, settable with <c>--build-arg</c>.</summary>
    Arg,
    /// <summary><c>ONBUILD</c>: an instruction deferred to builds that use this image as their base.</summary>
    Onbuild,
    /// <summary><c>STOPSIGNAL</c>: the signal sent to stop the container.</summary>
    Stopsignal,
    /// <summary><c>HEALTHCHECK</c>: how the runtime checks that the container still works.</summary>
    Healthcheck,
    /// <summary><c>SHELL</c>: the shell used for the shell form of later RUN, CMD and ENTRYPOINT.</summary>
    Shell,
}
