package com.pinfleet.bootstrap;

import static com.pinfleet.bootstrap.ApiClient.Part.text;

/** Setting up accounts the way the walkthrough does, for tests that need them. */
final class Fleet {

    private Fleet() {
    }

    /** Adds a connected account with the sample token file; {@code token} names its simulated user. */
    static ApiClient.Answer connected(ApiClient admin, String username, String token) {
        String cookies = "{\"access_token\": \"" + token + "\", \"refresh_token\": \"r_" + token
                + "\", \"expires_at\": \"2099-01-01T00:00:00Z\"}";
        return admin.postMultipart("/api/accounts/add", text("username", username),
                ApiClient.Part.file("cookies", "cookies.json", cookies));
    }

    static ApiClient.Answer uploadSampleBoards(ApiClient admin, String username) {
        return admin.postMultipart("/api/accounts/" + username + "/upload-boards", new ApiClient.Part("csv",
                "mindfulrecipes_boards.csv", RunningServer.sampleBytes("boards/mindfulrecipes_boards.csv")));
    }

    static ApiClient.Answer uploadSampleSaves(ApiClient admin, String username) {
        return admin.postMultipart("/api/accounts/" + username + "/save-queue/upload", new ApiClient.Part("file",
                "mindfulrecipes_saves.txt", RunningServer.sampleBytes("save-queues/mindfulrecipes_saves.txt")));
    }
}
