// The web chat API of the bot, same origin. Every failure becomes an ApiError with the HTTP
// status (0 when the bot could not be reached at all), so that the page can say what happened.

const BASE = '/api/v1/conversations';

export class ApiError extends Error {
  constructor(status, message) {
    super(message);
    this.status = status;
  }
}

async function request(method, path, body) {
  let response;
  try {
    response = await fetch(BASE + path, {
      method,
      headers: body === undefined
        ? { Accept: 'application/json' }
        : { Accept: 'application/json', 'Content-Type': 'application/json' },
      body: body === undefined ? undefined : JSON.stringify(body),
      credentials: 'same-origin',
    });
  } catch (networkFailure) {
    throw new ApiError(0, networkFailure.message);
  }
  if (!response.ok) {
    throw new ApiError(response.status, `${method} ${path} answered ${response.status}`);
  }
  return response.json();
}

const encode = encodeURIComponent;

export const api = {
  open: (locale, team) => request('POST', '', team ? { locale, team } : { locale }),
  send: (id, text) => request('POST', `/${encode(id)}/messages`, { text }),
  conversation: (id) => request('GET', `/${encode(id)}`),
  result: (id) => request('GET', `/${encode(id)}/result`),
};
