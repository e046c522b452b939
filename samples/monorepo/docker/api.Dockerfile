# Build from the repository root:  docker build -f docker/api.Dockerfile .
# docker/api.Dockerfile.dockerignore applies instead of the root .dockerignore.
FROM golang:1.23-alpine AS build
WORKDIR /src
COPY go.work ./
COPY services/api/ ./services/api/
COPY libs/shraed/ ./libs/shared/
RUN go build -o /out/api ./services/api

FROM gcr.io/distroless/static-debian12:nonroot
COPY --from=build /out/api /api
ENTRYPOINT ["/api"]
