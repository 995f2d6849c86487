package scenario

import (
	"context"
	"encoding/json"
	"fmt"
	"net/http"
	"time"
)

func fetchBlock(ctx context.Context, api string, number uint64) (*blockJSON, error) {
	rctx, cancel := context.WithTimeout(ctx, 5*time.Second)
	defer cancel()
	req, err := http.NewRequestWithContext(rctx, http.MethodGet, fmt.Sprintf("%s/v1/blocks/%d", api, number), nil)
	if err != nil {
		return nil, err
	}
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		return nil, err
	}
	defer resp.Body.Close()
	if resp.StatusCode != http.StatusOK {
		return nil, fmt.Errorf("block %d: %s", number, resp.Status)
	}
	var b blockJSON
	return &b, json.NewDecoder(resp.Body).Decode(&b)
}
