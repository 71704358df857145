# KommunalBot container image.
#   docker build -t kommunalbot .
#   docker run -p 3978:3978 -v kommunalbot-data:/app/data --env-file kommunalbot.env kommunalbot
# The bot listens on plain HTTP port 3978; terminate TLS in front of it (App Service, ingress, reverse proxy).
# See the README's "Deployment" section.

# ---- build: restore (cached while the project files do not change), then publish ----
FROM mcr.microsoft.com/dotnet/sdk:10.0 AS build
WORKDIR /src
COPY Directory.Build.props Directory.Packages.props ./
COPY src/Bot/KommunalBot.Bot.csproj src/Bot/
COPY src/Knowledge/KommunalBot.Knowledge.csproj src/Knowledge/
RUN dotnet restore src/Bot/KommunalBot.Bot.csproj
# The build embeds Microsoft's Web Chat (the playground page) from the npm lock file: Node.js is needed here only,
# never in the runtime image. Installed before the sources are copied, so the layer is cached like the restore.
RUN apt-get update && apt-get install -y --no-install-recommends nodejs npm && rm -rf /var/lib/apt/lists/*
COPY src/Bot/Playground/package.json src/Bot/Playground/package-lock.json src/Bot/Playground/
RUN npm ci --prefix src/Bot/Playground --no-audit --no-fund --loglevel=error
# src/, cards/ (embedded into the assembly at build time) and knowledge/; .dockerignore keeps out the rest.
COPY . .
RUN dotnet publish src/Bot/KommunalBot.Bot.csproj --configuration Release --no-restore \
        --output /app/publish -p:UseAppHost=false

# ---- runtime ----
FROM mcr.microsoft.com/dotnet/aspnet:10.0 AS runtime
WORKDIR /app
COPY --from=build /app/publish ./
# The sample knowledge base ships with the bot; it is read from the content root (/app/knowledge).
COPY --from=build /src/knowledge/ ./knowledge/
# data/ holds the SQLite database (Storage:SqlitePath = data/kommunalbot.db); mount a volume on it. With
# Storage__Provider=AzureBlob (several instances) the state lives in Blob Storage and the volume stays empty.
# The image's non-root user "app" ($APP_UID, 1654) must own it.
RUN mkdir -p /app/data && chown "$APP_UID" /app/data
VOLUME /app/data

ENV ASPNETCORE_URLS=http://+:3978 \
    ASPNETCORE_HTTP_PORTS= \
    ASPNETCORE_ENVIRONMENT=Production \
    DOTNET_NOLOGO=true
EXPOSE 3978

USER $APP_UID
# Liveness: GET /healthz, readiness: GET /readyz (the image has no curl; probe from the platform).
ENTRYPOINT ["dotnet", "KommunalBot.Bot.dll"]
